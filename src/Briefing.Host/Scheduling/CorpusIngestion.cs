using Briefing.Host.Ingestion;
using Briefing.Store.Database;
using Microsoft.Extensions.Logging;

namespace Briefing.Host.Scheduling;

/// <summary>
/// The corpus ingester as the scheduler runs it: one line of counts, skipped files logged one by one. One worker at a
/// time ingests; with several on one PostgreSQL the others wait their turn (their corpus folders may differ, so they do
/// not skip it), and then find what is already stored unchanged.
/// </summary>
public sealed class CorpusIngestion(CorpusIngester ingester, StoreDatabase database, ILogger<CorpusIngestion> logger) : ICorpusIngestion
{
    public async Task<string> IngestAsync(CancellationToken cancellationToken = default)
    {
        await using var turn = await database.LockAsync("corpus-ingestion", cancellationToken);
        var report = await ingester.IngestAsync(cancellationToken);
        foreach (var file in report.Skipped) logger.LogWarning("Skipped {Path}: {Reason}", file.Path, file.Reason);
        return report.Summary;
    }
}
