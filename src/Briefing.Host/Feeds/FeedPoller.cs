using Briefing.Store.Database;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Host.Feeds;

/// <summary>
/// The worker's feed loop: adds the configured feeds, then pulls each feed when its next pull time comes (every
/// Feeds:PollMinutes when healthy, later after errors or a Retry-After), checking at most every 30 seconds.
/// </summary>
public sealed class FeedPoller(FeedIngester ingester, IOptions<FeedsOptions> options, TimeProvider time, ILogger<FeedPoller> logger)
    : Microsoft.Extensions.Hosting.BackgroundService
{
    private static readonly TimeSpan LongestCheckInterval = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMinutes(options.Value.PollMinutes);
        if (interval > LongestCheckInterval) interval = LongestCheckInterval;
        try
        {
            // Yield first: the worker's start (migrations, the worker lock, the first ingestion) goes ahead of the feeds.
            await Task.Yield();
            await ingester.AddConfiguredFeedsAsync(stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                await PollOnceAsync(stoppingToken);
                await Task.Delay(interval, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task PollOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            var report = await ingester.PullDueAsync(stoppingToken);
            if (report.Feeds.Count == 0) return;
            logger.LogInformation("Pulled feeds: {Summary}", report.Summary);
            foreach (var move in report.Moves) logger.LogInformation("{FeedMove}", move);
            foreach (var failure in report.Failures) logger.LogWarning("Feed pull: {Failure}", failure);
        }
        catch (DatabaseUnavailableException ex)
        {
            // The store may come back (a full disk freed, a lock released): the next check tries again.
            logger.LogError(ex, "Feeds not pulled: the database is unavailable");
        }
    }
}
