namespace Briefing.Host.Ingestion;

/// <summary>What one ingestion run did, file by file counted (folder links not followed count among the skipped).</summary>
public sealed record IngestReport(int New, int Unchanged, int NewVersions, int NearDuplicates, IReadOnlyList<SkippedFile> Skipped)
{
    public int Files => New + Unchanged + NewVersions + NearDuplicates + Skipped.Count;

    /// <summary>One line of counts, as logged and as `briefing stats` shows the last ingestion.</summary>
    public string Summary =>
        $"{Files} files: {New} new, {Unchanged} unchanged, {NearDuplicates} near-duplicates, {NewVersions} new versions, {Skipped.Count} skipped";
}
