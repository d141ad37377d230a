using Briefing.Host.Delivery;
using Briefing.Store.Delivery;
using Microsoft.Extensions.Logging;

namespace Briefing.Host.Scheduling;

/// <summary>
/// `briefing run --once`: ingest, do what the scheduler would have done by now (interrupted runs, schedules missed within
/// the grace period, subscribers whose own time has come, in local mode the digest of what is new), send it all, stop.
/// </summary>
public sealed class OnceRunner(
    ICorpusIngestion ingestion,
    IWorkerStatusRepository status,
    ScheduleSynchronizer synchronizer,
    DeliveryCatchUp catchUp,
    OutboxDispatcher dispatcher,
    DeliveryMode mode,
    TimeProvider time,
    ILogger<OnceRunner> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        await IngestionJob.RunAsync(ingestion, status, time, logger, cancellationToken);
        await synchronizer.EnsureDefaultScheduleAsync(cancellationToken);
        await catchUp.ResumeUnfinishedRunsAsync(cancellationToken);
        await catchUp.RunMissedSchedulesAsync(cancellationToken);
        await catchUp.RunDueSubscribersAsync(cancellationToken);
        if (mode.IsLocal) await catchUp.RunLocalStartDigestAsync(cancellationToken);
        var sent = await dispatcher.DrainAsync(cancellationToken);
        logger.LogInformation("Sent {Digests} digests", sent);
    }
}
