using Briefing.Store.Database;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Briefing.Host.Ingestion;

/// <summary>Ingests the corpus once when the worker starts.</summary>
public sealed class IngestionOnStart(CorpusIngester ingester, IHostApplicationLifetime lifetime, ILogger<IngestionOnStart> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var report = await ingester.IngestAsync(stoppingToken);
            foreach (var file in report.Skipped) logger.LogWarning("Skipped {Path}: {Reason}", file.Path, file.Reason);
            logger.LogInformation(
                "Ingested {Files} files: {New} new, {Unchanged} unchanged, {NearDuplicates} near-duplicates, {NewVersions} new versions, {Skipped} skipped",
                report.Files, report.New, report.Unchanged, report.NearDuplicates, report.NewVersions, report.Skipped.Count);
        }
        catch (Exception ex) when (ex is CorpusFolderMissingException or DatabaseUnavailableException)
        {
            // A setup error the operator must fix: one clear line, then stop rather than run without a corpus or a store.
            logger.LogCritical("{Error}", ex.Message);
            lifetime.StopApplication();
        }
    }
}
