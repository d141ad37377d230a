namespace Briefing.News.Summaries;

/// <summary>An article that makes a point: what a reader needs to see where it came from and when.</summary>
public sealed record PointSource(long ArticleId, string? Outlet, string Title, string? Url, DateTimeOffset? Published, DateTimeOffset? FirstSeen)
{
    /// <summary>The date a reader is shown: published, else when first seen (see <see cref="IsDatedByFirstSeen"/>).</summary>
    public DateTimeOffset? Date => Published ?? FirstSeen;

    public bool IsDatedByFirstSeen => Published is null && FirstSeen is not null;
}
