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

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Watcher events arrive on their own threads; the channel hands them to this loop (only the latest matters).
        var changes = Channel.CreateBounded<string>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest });
        var watchers = new List<FileSystemWatcher>();
        try
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
            await foreach (var path in changes.Reader.ReadAllAsync(stoppingToken)) await ScheduleIngestionAsync(path, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            foreach (var watcher in watchers) watcher.Dispose();
        }
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
