using Briefing.Host.Ingestion;
using Microsoft.Extensions.Logging;

namespace Briefing.Host.Scheduling;

/// <summary>The corpus ingester as the scheduler runs it: one line of counts, skipped files logged one by one.</summary>
public sealed class CorpusIngestion(CorpusIngester ingester, ILogger<CorpusIngestion> logger) : ICorpusIngestion
{
    public async Task<string> IngestAsync(CancellationToken cancellationToken = default)
    {
        var report = await ingester.IngestAsync(cancellationToken);
        foreach (var file in report.Skipped) logger.LogWarning("Skipped {Path}: {Reason}", file.Path, file.Reason);
        return report.Summary;
    }
}
