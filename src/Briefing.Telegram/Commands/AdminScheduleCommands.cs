using System.Globalization;
using Briefing.Store.Delivery;
using Briefing.Store.Schedules;

namespace Briefing.Telegram.Commands;

/// <summary>The scheduling part of /admin: schedules, run NAME, pause NAME, resume NAME, failed.</summary>
public sealed class AdminScheduleCommands(
    IScheduleRepository schedules,
    IDigestRunRepository runs,
    IOutboxRepository outbox,
    IAdminScheduleRunner runner,
    TimeProvider time)
{
    public const string Usage = "<code>/admin schedules</code>, <code>/admin run NAME</code>, <code>/admin pause NAME</code>, <code>/admin resume NAME</code>, <code>/admin failed</code>";
    private const int FailedShown = 10;

    /// <summary>Handles the subcommand if it is one of these; false leaves it to the caller.</summary>
    public async Task<bool> TryHandleAsync(string subcommand, CommandContext context, CancellationToken cancellationToken = default)
    {
        var name = context.Command.Arguments.Skip(1).FirstOrDefault();
        switch (subcommand)
        {
            case "schedules":
                await context.ReplyAsync(await ListAsync(cancellationToken), cancellationToken: cancellationToken);
                return true;
            case "failed":
                await context.ReplyAsync(await FailedAsync(cancellationToken), cancellationToken: cancellationToken);
                return true;
            case "run" or "pause" or "resume" when name is null:
                await context.ReplyAsync($"Which schedule? <code>/admin {subcommand} NAME</code>; <code>/admin schedules</code> lists them.", cancellationToken: cancellationToken);
                return true;
            case "run":
                var queued = await runner.RunNowAsync(name!, cancellationToken);
                await context.ReplyAsync(queued is { } count
                    ? $"Ran <b>{BotText.Escape(name!)}</b>: {count} digests queued."
                    : NotFound(name!), cancellationToken: cancellationToken);
                return true;
            case "pause" or "resume":
                var paused = subcommand == "pause";
                var changed = await schedules.SetPausedAsync(name!, paused, time.GetUtcNow(), cancellationToken);
                await context.ReplyAsync(changed ? $"{(paused ? "Paused" : "Resumed")} <b>{BotText.Escape(name!)}</b>." : NotFound(name!), cancellationToken: cancellationToken);
                return true;
            default:
                return false;
        }
    }

    private async Task<string> ListAsync(CancellationToken cancellationToken)
    {
        var all = await schedules.ListAsync(cancellationToken);
        if (all.Count == 0) return "No schedules.";
        var lastRuns = (await runs.ListLatestPerScheduleAsync(cancellationToken)).ToDictionary(r => r.ScheduleName);
        var lines = all.Select(s =>
        {
            var topics = s.Topics is null ? "own topics" : string.Join(", ", s.Topics);
            var last = lastRuns.TryGetValue(s.Name, out var run)
                ? $"last {run.StartedUtc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC, {run.Digests} digests"
                : "never run";
            return $"<b>{BotText.Escape(s.Name)}</b> <code>{BotText.Escape(s.Cron)}</code> {BotText.Escape(s.TimeZone)}, {BotText.Escape(topics)}{(s.Paused ? ", paused" : "")}; {last}";
        });
        return "<b>Schedules</b>\n" + string.Join("\n", lines);
    }

    private async Task<string> FailedAsync(CancellationToken cancellationToken)
    {
        var failed = await outbox.ListAsync(failedOnly: true, FailedShown, cancellationToken);
        if (failed.Count == 0) return "No failed deliveries.";
        var lines = failed.Select(f =>
            $"#{f.Id} {BotText.Escape(f.ScheduleName)} to {f.Subscriber}: {f.Attempts} attempts, {BotText.Escape(f.LastError ?? "no error recorded")}");
        return $"<b>Failed deliveries</b> (latest {failed.Count})\n" + string.Join("\n", lines);
    }

    private static string NotFound(string name) => $"No schedule named <b>{BotText.Escape(name)}</b>; <code>/admin schedules</code> lists them.";
}
