using System.Diagnostics;
using Briefing.Host.Cli;
using Briefing.Host.Delivery;
using Briefing.Host.Hosting;
using Briefing.Host.Ingestion;
using Briefing.Store.Chats;
using Briefing.Store.Schedules;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Telegram.Bot;
using Telegram.Bot.Requests;

namespace Briefing.Benchmarks.Bot;

/// <summary>
/// `dotnet run -c Release --project benchmarks/Briefing.Benchmarks -- delivery [--subscribers N] [--telegram-limits]
/// [--concurrency N]`: fan-out end to end in one process. Subscribers in a fresh database, the seeds ingested, one
/// schedule run into the outbox, then the dispatcher drains it through the real sender to a loopback Bot API (with
/// --telegram-limits: the default 30 messages/s, and 429 from the fake above 30/s). Prints messages/s, 429s and peak memory.
/// </summary>
public static class DeliveryBenchmark
{
    public static async Task RunAsync(string[] args)
    {
        var subscribers = BenchmarkArguments.Number(args, "--subscribers", 100_000);
        var concurrency = BenchmarkArguments.Number(args, "--concurrency", 32);
        var withLimits = BenchmarkArguments.Flag(args, "--telegram-limits");
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "briefing-bench-delivery-" + Guid.NewGuid().ToString("N"))).FullName;
        try
        {
            await using var botApi = await LoopbackBotApi.StartAsync(withLimits ? 30 : null);
            var settings = new Dictionary<string, string?>
            {
                ["Database:Path"] = Path.Combine(folder, "bench.db"),
                ["Telegram:Token"] = "123456:bench-token",
                ["Telegram:ApiBaseUrl"] = botApi.BaseUrl,
                ["Delivery:Concurrency"] = concurrency.ToString(),
                ["Delivery:BatchSize"] = Math.Max(200, concurrency * 8).ToString(),
                ["Health:Url"] = "",
                ["Logging:LogLevel:Default"] = "Warning",
            };
            if (!withLimits)
            {
                settings["Telegram:GlobalPerSecond"] = "1000000";
                settings["Telegram:PerChatPerSecond"] = "1000";
            }
            using var host = BriefingHost.CreateBuilder(BriefingCommandLine.Create().Parse(["run"]), settings).Build();
            var services = host.Services;

            var repository = services.GetRequiredService<ISubscriberRepository>();
            var topics = services.GetRequiredService<IReadOnlyList<Briefing.News.Topics.TopicDefinition>>().Select(t => t.Slug).ToList();
            for (var chat = 1; chat <= subscribers; chat++)
            {
                var key = new SubscriberKey(chat, 0);
                await repository.EnsureAsync(new NewSubscriber(key, "private", null));
                await repository.SubscribeAsync(key, topics[chat % topics.Count]);
                if (chat % 10_000 == 0) Console.WriteLine($"{chat} subscribers");
            }
            await services.GetRequiredService<CorpusIngester>().IngestAsync();

            var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
            var schedule = new Schedule("bench", "0 0 8 * * ?", "UTC", null, "standard", null, false, now, now);
            var run = Stopwatch.StartNew();
            var result = await services.GetRequiredService<DigestRunWriter>().RunScheduleAsync(schedule, "bench", "manual");
            run.Stop();
            Console.WriteLine($"run queued {result.Queued} digests in {run.Elapsed.TotalSeconds:F1} s");

            // The worker asks getMe at start, before it sends anything, which warms the HTTP stack; do the same here so the
            // first digest does not carry one-off JIT and connection costs into the paced stream and bunch the next ones.
            await services.GetRequiredService<ITelegramBotClient>().SendRequest(new GetMeRequest());
            var fanOut = Stopwatch.StartNew();
            await services.GetRequiredService<OutboxDispatcher>().DrainAsync();
            fanOut.Stop();

            Console.WriteLine($"subscribers {subscribers}, digests {result.Queued}, messages accepted {botApi.Accepted}, 429 answers {botApi.TooManyRequests}");
            Console.WriteLine($"run (render + outbox) {run.Elapsed.TotalSeconds:F1} s; fan-out {fanOut.Elapsed.TotalSeconds:F1} s = {botApi.Accepted / fanOut.Elapsed.TotalSeconds:F0} messages/s");
            Console.WriteLine($"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB; load average {File.ReadAllText("/proc/loadavg").Trim()}");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
