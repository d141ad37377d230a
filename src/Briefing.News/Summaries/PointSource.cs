namespace Briefing.News.Summaries;

/// <summary>An article that makes a point: what a reader needs to see where it came from.</summary>
public sealed record PointSource(long ArticleId, string? Outlet, string Title, string? Url);
