using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Briefing.Host.Feeds;
using Briefing.Host.Health;
using Briefing.Host.Hosting;
using Briefing.Store.Feeds;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Host.Cli;

/// <summary>
/// `briefing feeds add|list|remove|pause|resume`: the feeds the corpus is read from, kept in the database; a running
/// worker pulls a new or resumed feed at its next check.
/// </summary>
public static class FeedsCommand
{
    public static Command Create()
    {
        var command = new Command("feeds", "List and edit the feeds (RSS, Atom, JSON Feed) the corpus is read from.");
        command.Subcommands.Add(Add());
        command.Subcommands.Add(List());
        command.Subcommands.Add(Remove());
        command.Subcommands.Add(SetPaused("pause", true, "Stop pulling a feed until it is resumed (its articles stay)."));
        command.Subcommands.Add(SetPaused("resume", false, "Pull a paused feed again, at once."));
        return command;
    }

    private static Argument<string> UrlArgument() => new("URL") { Description = "The feed's address, e.g. https://example.com/feed.xml." };

    private static Command Add()
    {
        var url = UrlArgument();
        var outlet = new Option<string?>("--outlet") { Description = "The outlet its articles are credited to (default: the feed's own title).", HelpName = "NAME" };
        var command = new Command("add", "Add a feed; `briefing ingest` or the worker pulls it.");
        command.Arguments.Add(url);
        command.Options.Add(outlet);
        command.SetAction((parse, cancellationToken) => CommandErrors.RunAsync(parse, async () =>
        {
            var address = parse.GetValue(url)!.Trim();
            if (FeedAddress.Check(address) is { } problem) return CommandErrors.Fail(parse, problem);
            using var host = BriefingHost.CreateBuilder(parse).Build();
            var now = host.Services.GetRequiredService<TimeProvider>().GetUtcNow();
            var name = parse.GetValue(outlet) is { Length: > 0 } given ? given.Trim() : null;
            if (!await host.Services.GetRequiredService<IFeedRepository>().AddAsync(address, name, now, cancellationToken))
                return CommandErrors.Fail(parse, $"the feed {address} is there already; `briefing feeds list` shows it.");
            parse.InvocationConfiguration.Output.WriteLine($"Added {address}{(name is null ? "" : $" ({name})")}; `briefing ingest` pulls it now, the worker within a minute.");
            return 0;
        }));
        return command;
    }

    private static Command List()
    {
        var json = new Option<bool>("--json") { Description = "One JSON document: every feed with its state." };
        var command = new Command("list", "Show every feed: outlet, last fetch and status, items, errors in a row, next fetch.");
        command.Options.Add(json);
        command.SetAction((parse, cancellationToken) => CommandErrors.RunAsync(parse, async () =>
        {
            using var host = BriefingHost.CreateBuilder(parse).Build();
            await host.Services.GetRequiredService<FeedIngester>().AddConfiguredFeedsAsync(cancellationToken);
            var all = await host.Services.GetRequiredService<IFeedRepository>().ListAsync(cancellationToken);
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json))
            {
                output.WriteLine(JsonSerializer.Serialize(new { feeds = all.Select(FeedJson) }, HealthJson.Options));
                return 0;
            }
            if (all.Count == 0) output.WriteLine("No feeds. Add one with: briefing feeds add https://example.com/feed.xml [--outlet NAME]");
            foreach (var feed in all) output.WriteLine(Describe(feed));
            return 0;
        }));
        return command;
    }

    private static Command Remove()
    {
        var url = UrlArgument();
        var command = new Command("remove", "Forget a feed (its articles stay). A feed in Feeds:Sources comes back at the next start: take it out there too.");
        command.Arguments.Add(url);
        command.SetAction((parse, cancellationToken) => CommandErrors.RunAsync(parse, async () =>
        {
            using var host = BriefingHost.CreateBuilder(parse).Build();
            var address = parse.GetValue(url)!.Trim();
            if (!await host.Services.GetRequiredService<IFeedRepository>().RemoveAsync(address, cancellationToken)) return NotFound(parse, address);
            parse.InvocationConfiguration.Output.WriteLine($"Removed {address}.");
            return 0;
        }));
        return command;
    }

    private static Command SetPaused(string verb, bool paused, string description)
    {
        var url = UrlArgument();
        var command = new Command(verb, description);
        command.Arguments.Add(url);
        command.SetAction((parse, cancellationToken) => CommandErrors.RunAsync(parse, async () =>
        {
            using var host = BriefingHost.CreateBuilder(parse).Build();
            var address = parse.GetValue(url)!.Trim();
            if (!await host.Services.GetRequiredService<IFeedRepository>().SetPausedAsync(address, paused, cancellationToken)) return NotFound(parse, address);
            parse.InvocationConfiguration.Output.WriteLine($"{(paused ? "Paused" : "Resumed")} {address}.");
            return 0;
        }));
        return command;
    }

    private static int NotFound(ParseResult parse, string url) =>
        CommandErrors.Fail(parse, $"no feed {url}; `briefing feeds list` shows them.");

    private static object FeedJson(Feed feed) => new
    {
        url = feed.Url,
        outlet = feed.CreditedOutlet,
        paused = feed.Paused,
        last_fetch = feed.LastFetchUtc,
        last_status = feed.LastStatus,
        items = feed.Items,
        errors_in_row = feed.ErrorsInRow,
        next_fetch = feed.Paused ? null : feed.NextFetchUtc,
    };

    /// <summary>One line: URL, outlet, last fetch and status, items, errors in a row, next fetch.</summary>
    internal static string Describe(Feed feed)
    {
        var last = feed.LastFetchUtc is { } at ? $"last {Time(at)} ({feed.LastStatus})" : "never fetched";
        var next = feed.Paused ? "paused" : feed.NextFetchUtc is { } due ? $"next {Time(due)}" : "next: at once";
        return $"{feed.Url}  {feed.CreditedOutlet ?? "-"}; {last}; {feed.Items} items; {feed.ErrorsInRow} errors in a row; {next}";
    }

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
