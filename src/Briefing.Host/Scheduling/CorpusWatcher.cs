using System.Threading.Channels;
using Briefing.Host.Hosting;
using Briefing.Host.Ingestion;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace Briefing.Host.Scheduling;

/// <summary>
/// Watches the corpus folders and asks for an ingestion shortly after files change. Each change re-schedules the same
/// one-shot trigger a few seconds on (Quartz's replace-on-conflict), so a burst of changes makes one ingestion.
/// </summary>
public sealed class CorpusWatcher(
    ISchedulerFactory schedulerFactory,
    IOptions<CorpusOptions> corpus,
    IHostEnvironment environment,
    IOptions<SchedulingOptions> options,
    TimeProvider time,
    ILogger<CorpusWatcher> logger) : BackgroundService
{
    private static readonly TriggerKey ChangedTrigger = new("corpus-changed", "corpus");

    // Watcher events arrive on their own threads; the channel hands them to the loop (only the latest matters).
    private readonly Channel<string> changes = Channel.CreateBounded<string>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest });
    private readonly List<FileSystemWatcher> watchers = [];

    /// <summary>
    /// The watchers are live once the host has started: ExecuteAsync runs on the thread pool, so a file written right
    /// after start-up would otherwise go unseen until the next periodic ingestion.
    /// </summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var folder in corpus.Value.Folders.Select(f => ConfigDirectory.Resolve(environment.ContentRootPath, f)).Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size };
            watcher.Created += (_, e) => changes.Writer.TryWrite(e.FullPath);
            watcher.Changed += (_, e) => changes.Writer.TryWrite(e.FullPath);
            watcher.Renamed += (_, e) => changes.Writer.TryWrite(e.FullPath);
            watcher.EnableRaisingEvents = true;
            watchers.Add(watcher);
        }
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var path in changes.Reader.ReadAllAsync(stoppingToken)) await ScheduleIngestionAsync(path, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public override void Dispose()
    {
        foreach (var watcher in watchers) watcher.Dispose();
        base.Dispose();
    }

    private async Task ScheduleIngestionAsync(string path, CancellationToken stoppingToken)
    {
        try
        {
            var scheduler = await schedulerFactory.GetScheduler(stoppingToken);
            var trigger = TriggerBuilder.Create(time)
                .WithIdentity(ChangedTrigger)
                .ForJob(IngestionJob.Key)
                .StartAt(time.GetUtcNow().AddSeconds(options.Value.CorpusDebounceSeconds))
                .Build();
            await scheduler.ScheduleTrigger(trigger, TriggerConflict.Replace, stoppingToken);
            logger.LogDebug("Corpus file {Path} changed; ingestion in {Seconds} s", path, options.Value.CorpusDebounceSeconds);
        }
        catch (SchedulerException ex)
        {
            logger.LogWarning(ex, "Could not schedule ingestion after a corpus change");
        }
    }
}
