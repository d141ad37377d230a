using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Briefing.Host.Hosting;
using Briefing.Store.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Host.Cli;

/// <summary>`briefing search`: full-text search of the stored articles.</summary>
public static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string[]>("QUERY") { Description = "Words to find (all must appear; any spelling of a name matches). Search syntax is taken as plain words.", Arity = ArgumentArity.OneOrMore };
        var limit = new Option<int>("--limit") { Description = "Most hits to show.", DefaultValueFactory = _ => 10, HelpName = "N" };
        var json = new Option<bool>("--json") { Description = "One JSON object per hit: id, title, outlet, published, snippet, score, url." };
        var command = new Command("search", "Search the stored articles, best match first.");
        command.Arguments.Add(query);
        command.Options.Add(limit);
        command.Options.Add(json);
        command.SetAction((parse, cancellationToken) => CommandErrors.RunAsync(parse, async () =>
        {
            var max = parse.GetValue(limit);
            if (max < 1) return CommandErrors.Fail(parse, $"--limit must be at least 1 (got {max}).");
            using var host = BriefingHost.CreateBuilder(parse).Build();
            var hits = await host.Services.GetRequiredService<ISearchRepository>()
                .SearchAsync(string.Join(' ', parse.GetValue(query) ?? []), max, cancellationToken);

            var output = parse.InvocationConfiguration.Output;
            var asJson = parse.GetValue(json);
            foreach (var hit in hits)
            {
                if (asJson)
                {
                    output.WriteLine(JsonSerializer.Serialize(hit, CliJsonContext.Lines.SearchHit));
                    continue;
                }
                var source = string.Join(", ", new[] { hit.Outlet, hit.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }.Where(s => s is not null));
                output.WriteLine($"{hit.Id,6}  {hit.Title}{(source.Length > 0 ? $" ({source})" : "")}");
                output.WriteLine("        " + string.Join(' ', hit.Snippet.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
            }
            if (hits.Count == 0 && !asJson) output.WriteLine("No matches.");
            return 0;
        }));
        return command;
    }
}
