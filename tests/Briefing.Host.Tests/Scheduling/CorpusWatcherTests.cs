using Briefing.Host.Ingestion;
using Briefing.Host.Scheduling;
using Briefing.Host.Tests.Delivery;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Briefing.Host.Tests.Scheduling;

public sealed class CorpusWatcherTests : IDisposable
{
    private readonly TempFolder temp = new();

    public CorpusWatcherTests() => Directory.CreateDirectory(temp.File("corpus"));

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task A_burst_of_corpus_file_changes_makes_one_ingestion_after_the_quiet_time()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var ingestion = new CountingIngestion();
        var corpus = temp.File("corpus");
        using var worker = WorkerHost.Build(temp.File("briefing.db"), clock, new FakeSubscriberDirectory(), new FakeDigestSource(), new RecordingSender(), new CapturedLogs(),
            new Dictionary<string, string?> { ["Scheduling:CorpusDebounceSeconds"] = "5" },
            services =>
            {
                services.AddSingleton<ICorpusIngestion>(ingestion);
                services.Configure<CorpusOptions>(o => o.Folders.Add(corpus));
            });
        await worker.StartAsync();
        await WorkerHost.WaitForAsync(() => Task.FromResult(ingestion.Count == 1 ? "started" : null), "the start-up ingestion");

        for (var i = 0; i < 3; i++) await File.WriteAllTextAsync(Path.Combine(corpus, $"article-{i}.txt"), $"Title {i}\n\nBody {i}.");
        // The watcher's events arrive on their own threads, late under load: wait until the burst has set the one-shot
        // trigger and stopped moving it (each event moves it to "now + quiet time").
        var scheduler = await worker.Services.GetRequiredService<Quartz.ISchedulerFactory>().GetScheduler();
        var changed = new Quartz.TriggerKey("corpus-changed", "corpus");
        DateTimeOffset? lastStart = null;
        var stableSince = DateTime.UtcNow;
        await WorkerHost.WaitForAsync(async () =>
        {
            var start = (await scheduler.GetTrigger(changed))?.StartTimeUtc;
            if (start != lastStart) { lastStart = start; stableSince = DateTime.UtcNow; }
            return start is not null && DateTime.UtcNow - stableSince > TimeSpan.FromSeconds(1) ? "settled" : null;
        }, "the changes to set the ingestion trigger");
        var beforeQuietTime = ingestion.Count;
        // Let the quiet time pass; should a straggling event have moved the trigger on, let it pass again.
        await WorkerHost.WaitForAsync(async () =>
        {
            if (ingestion.Count >= 2) return "ingested";
            clock.Advance(TimeSpan.FromSeconds(6));
            await Task.Delay(200);
            return null;
        }, "the ingestion after the changes");
        await Task.Delay(1500);
        await worker.StopAsync();

        Assert.Equal(1, beforeQuietTime);
        Assert.Equal(2, ingestion.Count);
    }

    private sealed class CountingIngestion : ICorpusIngestion
    {
        private int count;

        public int Count => Volatile.Read(ref count);

        public Task<string> IngestAsync(CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref count);
            return Task.FromResult("counted");
        }
    }
}
