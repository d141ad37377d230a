using System.CommandLine;
using Briefing.Host.Benchmarks;
using Briefing.Host.Hosting;

namespace Briefing.Host.Cli;

/// <summary>`briefing bench ingest|search`: ingestion throughput and search latency (the bot's benchmarks, with their fake Bot API, live under benchmarks/).</summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var command = new Command("bench", "Benchmarks on generated articles, in a temporary folder deleted afterwards. Results belong in docs/benchmarks.md.");
        command.Subcommands.Add(Ingest());
        command.Subcommands.Add(Search());
        return command;
    }

    private static Command Ingest()
    {
        var articles = new Option<int>("--articles") { Description = "How many articles to generate and ingest.", DefaultValueFactory = _ => 10_000, HelpName = "N" };
        var command = new Command("ingest", "Ingest generated ~600-word articles from files into a fresh database, end to end (read, clean, classify, store); prints articles/s and peak working set.");
        command.Options.Add(articles);
        command.SetAction((parse, cancellationToken) => CommandErrors.RunAsync(parse, async () =>
        {
            var count = parse.GetValue(articles);
            if (count < 1) return CommandErrors.Fail(parse, $"--articles must be at least 1 (got {count}).");
            return await InWorkFolderAsync(folder => new IngestBenchmark(count, parse.InvocationConfiguration.Output).RunAsync(folder, (corpus, database) =>
            {
                var builder = BriefingHost.CreateBuilder(parse, new Dictionary<string, string?>
                {
                    ["Database:Path"] = database,
                    ["Corpus:Folders:0"] = corpus,
                    ["Logging:LogLevel:Default"] = "Warning",
                });
                // The host lives as long as the process: the benchmark is the whole run.
                return builder.Build().Services;
            }, cancellationToken));
        }));
        return command;
    }

    private static Command Search()
    {
        var articles = new Option<int>("--articles") { Description = "How many articles to store before searching.", DefaultValueFactory = _ => 100_000, HelpName = "N" };
        var queries = new Option<int>("--queries") { Description = "How many queries to time.", DefaultValueFactory = _ => 300, HelpName = "N" };
        var command = new Command("search", "Store generated articles, then time varied search queries; prints latency percentiles.");
        command.Options.Add(articles);
        command.Options.Add(queries);
        command.SetAction((parse, cancellationToken) => CommandErrors.RunAsync(parse, async () =>
        {
            var (count, queryCount) = (parse.GetValue(articles), parse.GetValue(queries));
            if (count < 1 || queryCount < 1) return CommandErrors.Fail(parse, $"--articles and --queries must be at least 1 (got {count} and {queryCount}).");
            return await InWorkFolderAsync(folder => new SearchBenchmark(count, queryCount, parse.InvocationConfiguration.Output).RunAsync(folder, cancellationToken));
        }));
        return command;
    }

    private static async Task<int> InWorkFolderAsync(Func<string, Task> benchmark)
    {
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "briefing-bench-" + Guid.NewGuid().ToString("N"))).FullName;
        try
        {
            await benchmark(folder);
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
