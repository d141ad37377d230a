using Briefing.Host.Delivery;
using Briefing.Host.Health;
using Briefing.Host.Scheduling;
using Briefing.Store.Database;
using Briefing.Host.Tests.Delivery;
using Briefing.News.Digests;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Briefing.Host.Tests.Scheduling;

/// <summary>The worker's scheduling and delivery on a real Quartz scheduler and persistent store, with test doubles at the edges.</summary>
public static class WorkerHost
{
    public static IHost Build(
        string databasePath, FakeTimeProvider clock, FakeSubscriberDirectory subscribers, FakeDigestSource digests, RecordingSender sender, CapturedLogs logs,
        IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = Path.GetDirectoryName(databasePath)!,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Path"] = databasePath,
            ["Telegram:Token"] = "not-local-mode",
            ["Scheduling:SyncSeconds"] = "1",
            ["Corpus:IngestEveryMinutes"] = "0",
            ["Delivery:PollMilliseconds"] = "50",
            ["Health:Url"] = "",
        });
        if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.AddProvider(logs);
        builder.Services.AddSingleton<TimeProvider>(clock);
        configure?.Invoke(builder.Services);
        builder.Services.TryAddSingleton<ICorpusIngestion>(new NoIngestion());
        builder.Services.AddSingleton<IDigestSource>(digests);
        builder.Services.AddSingleton<ISubscriberDirectory>(subscribers);
        builder.Services.AddSingleton<IDigestSender>(sender);
        builder.AddStore();
        builder.AddDelivery();
        builder.AddScheduling();
        builder.AddHealth();
        return builder.Build();
    }

    public static async Task<T> WaitForAsync<T>(Func<Task<T?>> probe, string what, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds); // real time: how long the test is willing to wait
        while (DateTime.UtcNow < deadline)
        {
            if (await probe() is { } found) return found;
            await Task.Delay(50);
        }
        throw new TimeoutException($"Waited {seconds} s for {what}.");
    }

    private sealed class NoIngestion : ICorpusIngestion
    {
        public Task<string> IngestAsync(CancellationToken cancellationToken = default) => Task.FromResult("nothing to ingest");
    }
}
