using System.CommandLine;
using Briefing.Host.Cli;
using Briefing.Host.Hosting;

namespace Briefing.Benchmarks.Runs;

/// <summary>
/// The runs that time the whole product on generated articles, each in a temporary folder deleted afterwards:
/// `ingest`, `search`, `delivery` and `updates` (results and commands in docs/benchmarks.md).
/// </summary>
public static class BenchCommand
{
    public static readonly IReadOnlySet<string> Names = new HashSet<string> { "ingest", "search", "delivery", "updates" };

    public static RootCommand Create()
    {
        var root = new RootCommand("Briefing benchmarks: ingestion throughput, search latency, delivery fan-out and answering many users at once.");
        root.Options.Add(GlobalOptions.Db);
        root.Options.Add(GlobalOptions.Corpus);
        root.Subcommands.Add(Ingest());
        root.Subcommands.Add(Search());
        root.Subcommands.Add(Delivery());
        root.Subcommands.Add(Updates());
        return root;
    }

    private static Command Ingest()
    {
        var articles = new Option<int>("--articles") { Description = "How many articles to generate and ingest.", DefaultValueFactory = _ => 10_000, HelpName = "N" };
        var rounds = new Option<int>("--stage-rounds") { Description = "Time the read, clean and classify stages this many times and print the fastest round.", DefaultValueFactory = _ => 5, HelpName = "N" };
        var command = new Command("ingest", "Ingest generated ~600-word articles from files into a fresh database, end to end (read, clean, classify, store); prints articles/s and peak working set.");
        command.Options.Add(articles);
        command.Options.Add(rounds);
        command.SetAction((parse, cancellationToken) => CommandErrors.RunAsync(parse, async () =>
        {
            var (count, stageRounds) = (parse.GetValue(articles), parse.GetValue(rounds));
            if (count < 1) return CommandErrors.Fail(parse, $"--articles must be at least 1 (got {count}).");
            if (stageRounds < 1) return CommandErrors.Fail(parse, $"--stage-rounds must be at least 1 (got {stageRounds}).");
            return await WorkFolder.RunAsync(folder => new IngestBenchmark(count, parse.InvocationConfiguration.Output, stageRounds).RunAsync(folder, (corpus, database) =>
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
            return await WorkFolder.RunAsync(folder => new SearchBenchmark(count, queryCount, parse.InvocationConfiguration.Output).RunAsync(folder, cancellationToken));
        }));
        return command;
    }

    private static Command Delivery()
    {
        var subscribers = new Option<int>("--subscribers") { Description = "How many subscribers to deliver to.", DefaultValueFactory = _ => 100_000 };
        var limited = new Option<bool>("--telegram-limits") { Description = "Keep the default 30 messages/s and have the fake Bot API answer 429 above 30/s." };
        var concurrency = new Option<int>("--concurrency") { Description = "Digests sent at once (Delivery:Concurrency).", DefaultValueFactory = _ => 32 };
        var command = new Command("delivery", "Deliver one digest to N subscribers through a loopback fake Bot API; print messages/s, 429s and peak memory.");
        foreach (var option in new Option[] { subscribers, limited, concurrency }) command.Options.Add(option);
        command.SetAction((parse, cancellationToken) => CommandErrors.RunAsync(parse, async () =>
        {
            var count = parse.GetValue(subscribers);
            if (count < 1) return CommandErrors.Fail(parse, "--subscribers must be 1 or more.");
            var withLimits = parse.GetValue(limited);
            return await WorkFolder.RunAsync(async folder =>
            {
                await using var botApi = await LoopbackBotApi.StartAsync(withLimits ? 30 : null, cancellationToken: cancellationToken);
                var settings = new Dictionary<string, string?>
                {
                    ["Database:Path"] = Path.Combine(folder, "bench.db"),
                    ["Telegram:Token"] = "123456:bench-token",
                    ["Telegram:ApiBaseUrl"] = botApi.BaseUrl,
                    ["Delivery:Concurrency"] = parse.GetValue(concurrency).ToString(),
                    ["Delivery:BatchSize"] = Math.Max(200, parse.GetValue(concurrency) * 8).ToString(),
                    ["Health:Url"] = "",
                    ["Logging:LogLevel:Default"] = "Warning",
                };
                if (!withLimits)
                {
                    settings["Telegram:GlobalPerSecond"] = "1000000";
                    settings["Telegram:PerChatPerSecond"] = "1000";
                }
                using var host = BriefingHost.CreateBuilder(parse, settings).Build();
                var output = parse.InvocationConfiguration.Output;
                var result = await DeliveryBenchmark.RunAsync(host.Services, count, line => output.WriteLine(line), cancellationToken);
                output.WriteLine($"subscribers {result.Subscribers}, digests {result.Digests}, messages accepted {botApi.Accepted}, 429 answers {botApi.TooManyRequests}");
                output.WriteLine($"run (render + outbox) {result.RunTime.TotalSeconds:F1} s; fan-out {result.FanOutTime.TotalSeconds:F1} s = {botApi.Accepted / result.FanOutTime.TotalSeconds:F0} messages/s");
                output.WriteLine($"peak working set {result.PeakWorkingSetBytes / (1024 * 1024)} MB");
            });
        }));
        return command;
    }

    private static Command Updates()
    {
        var users = new Option<int>("--users") { Description = "How many users each send /start and /subscribe back to back.", DefaultValueFactory = _ => 1000, HelpName = "N" };
        var command = new Command("updates", "Answer N users at once through a loopback fake Bot API that allows 30 messages/s overall and 1/s per chat (429 beyond); prints replies/s, 429s and the wait for a first reply.");
        command.Options.Add(users);
        command.SetAction((parse, cancellationToken) => CommandErrors.RunAsync(parse, async () =>
        {
            var count = parse.GetValue(users);
            if (count < 1) return CommandErrors.Fail(parse, $"--users must be at least 1 (got {count}).");
            return await WorkFolder.RunAsync(async folder =>
            {
                await using var botApi = await LoopbackBotApi.StartAsync(perSecondLimit: 30, perChatPerSecondLimit: 1, cancellationToken);
                using var host = BriefingHost.CreateBuilder(parse, new Dictionary<string, string?>
                {
                    ["Database:Path"] = Path.Combine(folder, "bench.db"),
                    ["Corpus:Folders:0"] = folder,
                    ["Corpus:IngestEveryMinutes"] = "0",
                    ["Telegram:Token"] = "123456:bench-token",
                    ["Telegram:ApiBaseUrl"] = botApi.BaseUrl,
                    ["Telegram:PollTimeoutSeconds"] = "0",
                    ["Health:Url"] = "",
                    ["Logging:LogLevel:Default"] = "Warning",
                }).Build();
                // Twice the time the limits allow for all replies, plus a minute.
                var result = await UpdatesBenchmark.RunAsync(host, botApi, count, TimeSpan.FromSeconds(2 * 2 * count / 30.0 + 60), cancellationToken);
                var output = parse.InvocationConfiguration.Output;
                output.WriteLine($"users {result.Users}, replies {result.Replies} of {2 * result.Users}, 429 answers {result.TooManyRequests} ({botApi.TooManyForOneChat} of them for one chat's limit)");
                output.WriteLine($"{result.Elapsed.TotalSeconds:F1} s = {result.RepliesPerSecond:F1} replies/s ({result.RepliesPerSecond / 30:P0} of the 30/s limit)");
                output.WriteLine($"wait for a user's first reply: p50 {result.FirstReplyP50.TotalSeconds:F1} s, p95 {result.FirstReplyP95.TotalSeconds:F1} s, max {result.FirstReplyMax.TotalSeconds:F1} s");
            });
        }));
        return command;
    }
}
