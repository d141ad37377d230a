using Briefing.Store.Delivery;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Briefing.Host.Scheduling;

/// <summary>Ingests the corpus: every Corpus:IngestEveryMinutes, and shortly after the corpus files change.</summary>
[DisallowConcurrentExecution]
public sealed class IngestionJob(ICorpusIngestion ingestion, IWorkerStatusRepository status, TimeProvider time, ILogger<IngestionJob> logger) : IJob
{
    public static readonly JobKey Key = new("ingestion", "corpus");
    public const string StatusName = "ingestion.last";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await RunAsync(ingestion, status, time, logger, cancellationToken);

    /// <summary>One ingestion, recorded for health and stats; shared with the worker's start and `run --once`.</summary>
    public static async Task RunAsync(ICorpusIngestion ingestion, IWorkerStatusRepository status, TimeProvider time, ILogger logger, CancellationToken cancellationToken = default)
    {
        var summary = await ingestion.IngestAsync(cancellationToken);
        logger.LogInformation("Ingested the corpus: {Summary}", summary);
        await status.SetAsync(StatusName, summary, time.GetUtcNow(), cancellationToken);
    }
}
