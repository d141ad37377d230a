namespace Briefing.Host.Ingestion;

/// <summary>A corpus file that was not ingested, or a folder (link) that was not walked, and why (one line).</summary>
public sealed record SkippedFile(string Path, string Reason);
