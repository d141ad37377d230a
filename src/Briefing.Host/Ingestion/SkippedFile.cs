namespace Briefing.Host.Ingestion;

/// <summary>A corpus file that was not ingested, and why (one line).</summary>
public sealed record SkippedFile(string Path, string Reason);
