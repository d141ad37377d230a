namespace Briefing.Host.Scheduling;

/// <summary>The corpus folders the worker ingests and watches, resolved to full paths.</summary>
public sealed record CorpusFolders(IReadOnlyList<string> Paths);
