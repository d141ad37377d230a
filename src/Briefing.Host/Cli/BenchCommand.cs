using System.CommandLine;
using Briefing.Host.Benchmarks;
using Briefing.Host.Hosting;
using Microsoft.Data.Sqlite;

namespace Briefing.Host.Cli;

/// <summary>`briefing bench delivery`: fan-out throughput and memory through a loopback Bot API (figures in docs/benchmarks.md).</summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var command = new Command("bench", "Measure the product's speed on this machine.");
        command.Subcommands.Add(Delivery());
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
            var folder = Path.Combine(Path.GetTempPath(), "briefing-bench", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            try
            {
                await using var botApi = await LoopbackBotApi.StartAsync(withLimits ? 30 : null, cancellationToken);
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
                return 0;
            }
            finally
            {
                SqliteConnection.ClearAllPools();
                try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
            }
        }));
        return command;
    }
}
