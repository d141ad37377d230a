using Telegram.Bot;
using Telegram.Bot.Requests;
using System.Diagnostics;
using Briefing.Host.Delivery;
using Briefing.Host.Ingestion;
using Briefing.Store.Chats;
using Briefing.Store.Schedules;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Benchmarks.Runs;

/// <summary>What `briefing bench delivery` measured.</summary>
public sealed record DeliveryBenchmarkResult(int Subscribers, int Digests, TimeSpan RunTime, TimeSpan FanOutTime, long PeakWorkingSetBytes);

/// <summary>
/// Fan-out end to end in one process: subscribers in a fresh database, the seeds ingested, one schedule run into the
/// outbox, then the dispatcher drains it through the real sender to a loopback Bot API.
/// </summary>
public static class DeliveryBenchmark
{
    public static async Task<DeliveryBenchmarkResult> RunAsync(IServiceProvider services, int subscribers, Action<string> progress, CancellationToken cancellationToken = default)
    {
        var repository = services.GetRequiredService<ISubscriberRepository>();
        var topics = services.GetRequiredService<IReadOnlyList<Briefing.News.Topics.TopicDefinition>>().Select(t => t.Slug).ToList();
        for (var chat = 1; chat <= subscribers; chat++)
        {
            var key = new SubscriberKey(chat, 0);
            await repository.EnsureAsync(new NewSubscriber(key, "private", null), cancellationToken);
            await repository.SubscribeAsync(key, topics[chat % topics.Count], cancellationToken);
            if (chat % 10_000 == 0) progress($"{chat} subscribers");
        }
        await services.GetRequiredService<CorpusIngester>().IngestAsync(cancellationToken);

        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var schedule = new Schedule("bench", "0 0 8 * * ?", "UTC", null, "standard", null, false, now, now);
        var run = Stopwatch.StartNew();
        var result = await services.GetRequiredService<DigestRunWriter>().RunScheduleAsync(schedule, "bench", "manual", cancellationToken);
        run.Stop();
        progress($"run queued {result.Queued} digests in {run.Elapsed.TotalSeconds:F1} s");

        // The worker asks getMe at start, before it sends anything, which warms the HTTP stack; do the same here so the
        // first digest does not carry one-off JIT and connection costs into the paced stream and bunch the next ones.
        await services.GetRequiredService<ITelegramBotClient>().SendRequest(new GetMeRequest(), cancellationToken);
        var fanOut = Stopwatch.StartNew();
        await services.GetRequiredService<OutboxDispatcher>().DrainAsync(cancellationToken);
        fanOut.Stop();
        return new DeliveryBenchmarkResult(subscribers, result.Queued, run.Elapsed, fanOut.Elapsed, Process.GetCurrentProcess().PeakWorkingSet64);
    }
}
