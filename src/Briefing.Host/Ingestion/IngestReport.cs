namespace Briefing.Host.Ingestion;

/// <summary>What one ingestion run did, file by file counted.</summary>
public sealed record IngestReport(int New, int Unchanged, int NewVersions, int NearDuplicates, IReadOnlyList<SkippedFile> Skipped)
{
    public int Files => New + Unchanged + NewVersions + NearDuplicates + Skipped.Count;
}
