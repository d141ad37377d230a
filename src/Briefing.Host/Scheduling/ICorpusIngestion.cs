namespace Briefing.Host.Scheduling;

/// <summary>Reads the corpus folders into the store; returns a one-line account of what changed. The seam the ingestion job and its tests share.</summary>
public interface ICorpusIngestion
{
    Task<string> IngestAsync(CancellationToken cancellationToken = default);
}
