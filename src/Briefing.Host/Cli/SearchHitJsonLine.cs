namespace Briefing.Host.Cli;

/// <summary>One line of `briefing search --json`.</summary>
public sealed record SearchHitJsonLine(long Id, string Title, string? Outlet, DateTimeOffset? Published, string Snippet, double Score, string? Url);
