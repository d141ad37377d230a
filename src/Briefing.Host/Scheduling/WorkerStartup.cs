using Briefing.Host.Delivery;
using Briefing.Store.Delivery;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Briefing.Host.Scheduling;

/// <summary>The worker's first steps: ingest the corpus, finish interrupted runs, and in local mode print what is new.</summary>
public sealed class WorkerStartup(
    ICorpusIngestion ingestion,
    IWorkerStatusRepository status,
    DeliveryCatchUp catchUp,
    DeliveryMode mode,
    TimeProvider time,
    ILogger<WorkerStartup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await IngestionJob.RunAsync(ingestion, status, time, logger, stoppingToken);
            await catchUp.ResumeUnfinishedRunsAsync(stoppingToken);
            if (mode.IsLocal) await catchUp.RunLocalStartDigestAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
