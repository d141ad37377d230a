namespace Briefing.Host.Cli;

/// <summary>One line of `briefing articles --json`.</summary>
public sealed record ArticleJsonLine(long Id, string Title, string? Outlet, DateTimeOffset? Published, IReadOnlyList<string> Topics, string Source, string? Url, string Body);
