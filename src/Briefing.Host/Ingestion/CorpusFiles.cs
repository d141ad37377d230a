namespace Briefing.Host.Ingestion;

/// <summary>The corpus files to read, and the folder links and folders the walk did not go into, each with its reason.</summary>
public sealed record CorpusFiles(IReadOnlyList<string> Paths, IReadOnlyList<SkippedFile> NotWalked);
