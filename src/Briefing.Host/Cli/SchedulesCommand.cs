using Briefing.News.Digests;
using System.CommandLine;
using Briefing.Host.Delivery;
using Briefing.Host.Hosting;
using Briefing.Host.Scheduling;
using Briefing.News.Topics;
using Briefing.Store.Schedules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Briefing.Host.Cli;

/// <summary>
/// `briefing schedules list|add|update|pause|resume|remove|run NAME`: operators' schedules, edited in the database; a
/// running worker picks changes up within Scheduling:SyncSeconds. `run` writes the digests into the outbox at once,
/// and the worker's dispatcher (or `briefing run --once`) sends them.
/// </summary>
public static class SchedulesCommand
{
    public static Command Create()
    {
        var command = new Command("schedules", "List and edit the delivery schedules (works while the worker runs).");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Add());
        command.Subcommands.Add(Update());
        command.Subcommands.Add(SetPaused("pause", true, "Stop a schedule from running until it is resumed."));
        command.Subcommands.Add(SetPaused("resume", false, "Let a paused schedule run again from its next time."));
        command.Subcommands.Add(Remove());
        command.Subcommands.Add(Run());
        return command;
    }

    private static Argument<string> NameArgument() => new("NAME") { Description = "The schedule's name." };

    private static Command List()
    {
        var json = new Option<bool>("--json") { Description = "One JSON document: every schedule with its next and last run." };
        var command = new Command("list", "Show every schedule, its next run and how its last run went.");
        command.Options.Add(json);
        StatsCommand.SetReportAction(command, json, report => new { schedules = report.Schedules }, (report, output) =>
        {
            if (report.Schedules.Count == 0) output.WriteLine("No schedules. Add one with: briefing schedules add NAME --cron \"0 0 8 * * ?\" --tz Europe/Kyiv");
            foreach (var s in report.Schedules) output.WriteLine(Describe(s));
        });
        return command;
    }

    private static Command Add()
    {
        var name = NameArgument();
        var cron = new Option<string>("--cron") { Description = "Quartz cron expression (seconds minutes hours day month weekday), e.g. \"0 0 8 * * ?\".", Required = true };
        var zone = new Option<string>("--tz") { Description = "IANA time zone the cron expression is read in, e.g. Europe/Kyiv.", Required = true };
        var topics = new Option<string?>("--topics") { Description = "Comma-separated topic slugs; without it each subscriber gets their own topics.", HelpName = "a,b" };
        var preset = new Option<string>("--preset") { Description = "Digest length: brief, standard or full.", DefaultValueFactory = _ => DigestPreset.Standard.Name };
        var chat = new Option<long?>("--chat") { Description = "Send to this one chat (e.g. a channel id) instead of the subscribers.", HelpName = "ID" };
        var command = new Command("add", "Add a schedule.");
        command.Arguments.Add(name);
        foreach (var option in new Option[] { cron, zone, topics, preset, chat }) command.Options.Add(option);
        command.SetAction((parse, cancellationToken) => CommandErrors.RunAsync(parse, async () =>
        {
            using var host = BriefingHost.CreateBuilder(parse).Build();
            var known = host.Services.GetRequiredService<IReadOnlyList<TopicDefinition>>();
            var topicList = parse.GetValue(topics) is { } text ? ScheduleInput.SplitTopics(text) : null;
            var problems = new[]
            {
                ScheduleInput.CheckName(parse.GetValue(name)!),
                ScheduleRules.CheckCron(parse.GetValue(cron)),
                ScheduleRules.CheckTimeZone(parse.GetValue(zone)),
                topicList is null ? null : ScheduleInput.CheckTopics(topicList, known),
                ScheduleInput.CheckPreset(parse.GetValue(preset)!),
            }.OfType<string>().ToList();
            if (problems.Count > 0) return CommandErrors.Fail(parse, string.Join(" ", problems));

            var now = host.Services.GetRequiredService<TimeProvider>().GetUtcNow();
            var schedule = new Schedule(parse.GetValue(name)!, parse.GetValue(cron)!, parse.GetValue(zone)!, topicList, parse.GetValue(preset)!.ToLowerInvariant(), parse.GetValue(chat), false, now, now);
            if (!await host.Services.GetRequiredService<IScheduleRepository>().AddAsync(schedule, cancellationToken))
                return CommandErrors.Fail(parse, $"a schedule named \"{schedule.Name}\" exists; change it with `briefing schedules update {schedule.Name} ...`.");
            parse.InvocationConfiguration.Output.WriteLine($"Added {schedule.Name}: {schedule.Cron} in {schedule.TimeZone}, next at {NextRun(schedule, now)}.");
            return 0;
        }));
        return command;
    }

    private static Command Update()
    {
        var name = NameArgument();
        var cron = new Option<string?>("--cron") { Description = "New cron expression." };
        var zone = new Option<string?>("--tz") { Description = "New IANA time zone." };
        var topics = new Option<string?>("--topics") { Description = "New comma-separated topic slugs.", HelpName = "a,b" };
        var ownTopics = new Option<bool>("--own-topics") { Description = "Send each subscriber their own topics (drops --topics)." };
        var preset = new Option<string?>("--preset") { Description = "New digest length: brief, standard or full." };
        var chat = new Option<long?>("--chat") { Description = "Send to this one chat instead of the subscribers.", HelpName = "ID" };
        var subscribers = new Option<bool>("--subscribers") { Description = "Send to the subscribers again (drops --chat)." };
        var command = new Command("update", "Change a schedule; only the options given change.");
        command.Arguments.Add(name);
        foreach (var option in new Option[] { cron, zone, topics, ownTopics, preset, chat, subscribers }) command.Options.Add(option);
        command.SetAction((parse, cancellationToken) => CommandErrors.RunAsync(parse, async () =>
        {
            using var host = BriefingHost.CreateBuilder(parse).Build();
            var known = host.Services.GetRequiredService<IReadOnlyList<TopicDefinition>>();
            var topicList = parse.GetValue(topics) is { } text ? ScheduleInput.SplitTopics(text) : null;
            var problems = new[]
            {
                parse.GetValue(cron) is { } c ? ScheduleRules.CheckCron(c) : null,
                parse.GetValue(zone) is { } z ? ScheduleRules.CheckTimeZone(z) : null,
                topicList is null ? null : ScheduleInput.CheckTopics(topicList, known),
                parse.GetValue(preset) is { } p ? ScheduleInput.CheckPreset(p) : null,
                topicList is not null && parse.GetValue(ownTopics) ? "give either --topics or --own-topics, not both." : null,
                parse.GetValue(chat) is not null && parse.GetValue(subscribers) ? "give either --chat or --subscribers, not both." : null,
            }.OfType<string>().ToList();
            if (problems.Count > 0) return CommandErrors.Fail(parse, string.Join(" ", problems));

            var change = new ScheduleChange(parse.GetValue(cron), parse.GetValue(zone), topicList, parse.GetValue(ownTopics),
                parse.GetValue(preset)?.ToLowerInvariant(), parse.GetValue(chat), parse.GetValue(subscribers));
            var now = host.Services.GetRequiredService<TimeProvider>().GetUtcNow();
            var schedules = host.Services.GetRequiredService<IScheduleRepository>();
            if (!await schedules.UpdateAsync(parse.GetValue(name)!, change, now, cancellationToken)) return NotFound(parse, parse.GetValue(name)!);
            var updated = (await schedules.GetAsync(parse.GetValue(name)!, cancellationToken))!;
            parse.InvocationConfiguration.Output.WriteLine($"Updated {updated.Name}: {updated.Cron} in {updated.TimeZone}, next at {NextRun(updated, now)}.");
            return 0;
        }));
        return command;
    }

    private static Command SetPaused(string verb, bool paused, string description)
    {
        var name = NameArgument();
        var command = new Command(verb, description);
        command.Arguments.Add(name);
        command.SetAction((parse, cancellationToken) => CommandErrors.RunAsync(parse, async () =>
        {
            using var host = BriefingHost.CreateBuilder(parse).Build();
            var now = host.Services.GetRequiredService<TimeProvider>().GetUtcNow();
            if (!await host.Services.GetRequiredService<IScheduleRepository>().SetPausedAsync(parse.GetValue(name)!, paused, now, cancellationToken))
                return NotFound(parse, parse.GetValue(name)!);
            parse.InvocationConfiguration.Output.WriteLine($"{(paused ? "Paused" : "Resumed")} {parse.GetValue(name)}.");
            return 0;
        }));
        return command;
    }

    private static Command Remove()
    {
        var name = NameArgument();
        var command = new Command("remove", "Delete a schedule (digests it already queued are still sent).");
        command.Arguments.Add(name);
        command.SetAction((parse, cancellationToken) => CommandErrors.RunAsync(parse, async () =>
        {
            using var host = BriefingHost.CreateBuilder(parse).Build();
            if (!await host.Services.GetRequiredService<IScheduleRepository>().RemoveAsync(parse.GetValue(name)!, cancellationToken))
                return NotFound(parse, parse.GetValue(name)!);
            parse.InvocationConfiguration.Output.WriteLine($"Removed {parse.GetValue(name)}.");
            return 0;
        }));
        return command;
    }

    private static Command Run()
    {
        var name = NameArgument();
        var command = new Command("run", "Run a schedule now: its digests go into the outbox for the stored subscribers, and the worker (or `briefing run --once`) sends them. With no subscribers and no token, the digest prints here.");
        command.Arguments.Add(name);
        command.SetAction((parse, cancellationToken) => CommandErrors.RunAsync(parse, async () =>
        {
            var builder = BriefingHost.CreateBuilder(parse);
            builder.PrintDigestsTo(parse.InvocationConfiguration.Output);
            using var host = builder.Build();
            var schedule = await host.Services.GetRequiredService<IScheduleRepository>().GetAsync(parse.GetValue(name)!, cancellationToken);
            if (schedule is null) return NotFound(parse, parse.GetValue(name)!);
            var output = parse.InvocationConfiguration.Output;
            var local = host.Services.GetRequiredService<DeliveryMode>().IsLocal;
            if (local) output.WriteLine($"No subscribers in the database and no Telegram:Token: local mode, so {schedule.Name}'s digest prints here.");
            var result = await host.Services.GetRequiredService<ManualRun>().RunAsync(schedule, cancellationToken);
            if (local)
            {
                await host.Services.GetRequiredService<OutboxDispatcher>().DrainAsync(cancellationToken);
                if (result.Queued == 0) output.WriteLine($"Ran {schedule.Name}: nothing new since the last digest.");
                return 0;
            }
            output.WriteLine(result.Queued == 0
                ? $"Ran {schedule.Name}: nothing new for {result.Subscribers} subscribers, nothing queued."
                : $"Ran {schedule.Name}: queued {result.Queued} digests for {result.Subscribers} subscribers; the worker sends them (or `briefing run --once`).");
            return 0;
        }));
        return command;
    }

    private static int NotFound(ParseResult parse, string name) =>
        CommandErrors.Fail(parse, $"no schedule named \"{name}\"; `briefing schedules list` shows them.");

    private static string NextRun(Schedule schedule, DateTimeOffset now) =>
        ScheduleRules.Cron(schedule.Cron, schedule.TimeZone).GetNextValidTimeAfter(now) is { } next ? next.ToString("yyyy-MM-dd HH:mm 'UTC'") : "never";

    private static string Describe(ScheduleStatus s)
    {
        var topics = s.Topics is null ? "each subscriber's topics" : string.Join(",", s.Topics);
        var target = s.TargetChatId is { } chat ? $" to chat {chat}" : "";
        var state = s.Paused ? "paused" : s.NextRunUtc is { } next ? $"next {next:yyyy-MM-dd HH:mm} UTC" : "not scheduled";
        var last = s.LastRun is { } run ? $"; last {run.StartedUtc:yyyy-MM-dd HH:mm} UTC ({run.Reason}, {run.Digests} digests{(run.FinishedUtc is null ? ", unfinished" : "")})" : "";
        return $"{s.Name}: {s.Cron} {s.TimeZone}, {topics}, {s.Preset}{target}; {state}{last}";
    }
}
