using Briefing.Host.Delivery;
using Briefing.Host.Ingestion;
using Briefing.Store.Database;
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
    IHostApplicationLifetime lifetime,
    WorkerExitCode exitCode,
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
        catch (Exception ex) when (ex is CorpusFolderMissingException or DatabaseUnavailableException)
        {
            // A setup error the operator must fix: one clear line, then stop rather than run without a corpus or a store.
            logger.LogCritical("{Error}", ex.Message);
            exitCode.Fail();
            lifetime.StopApplication();
        }
    }
}
