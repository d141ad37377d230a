using Briefing.News.Summaries;

namespace Briefing.News.Digests;

/// <summary>Who a point is credited to, as a reader sees it: "Bloomberg via Fakti, RT" (at most a few names, then how many more).</summary>
/// <param name="Articles">How many articles carry the point: "White House (3 articles)" when one outlet published several.</param>
public sealed record PointCredit(IReadOnlyList<string> Via, IReadOnlyList<CreditedSource> Sources, int More, int Articles)
{
    private const int MaxNamed = 3;
    private const int MaxTitleLength = 60;

    public static PointCredit Of(SummaryPoint point)
    {
        // Two articles from one outlet are one name; an article with no known outlet is named by its headline.
        var sources = point.Sources
            .Select(s => new CreditedSource(s.Outlet is { Length: > 0 } outlet ? outlet : Shorten(s.Title), s.Url))
            .DistinctBy(s => s.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new PointCredit(point.Via, sources.Take(MaxNamed).ToList(), Math.Max(0, sources.Count - MaxNamed), point.Sources.Count);
    }

    /// <summary>The credit as plain text.</summary>
    public override string ToString()
    {
        var names = string.Join(", ", Sources.Select(s => s.Name)) + Count();
        return Via.Count > 0 ? $"{string.Join(", ", Via)} via {names}" : names;
    }

    /// <summary>What follows the names: " and 2 more", or the number of articles when fewer outlets carried more articles ("White House (3 articles)").</summary>
    public string Count()
    {
        if (More > 0) return $" and {More} more";
        return Articles > Sources.Count ? $" ({Articles} articles)" : "";
    }

    private static string Shorten(string title)
    {
        var trimmed = title.Trim();
        if (trimmed.Length <= MaxTitleLength) return trimmed.Length > 0 ? trimmed : "untitled";
        var cut = trimmed.LastIndexOf(' ', MaxTitleLength);
        return trimmed[..(cut > 20 ? cut : MaxTitleLength)].TrimEnd(',', ';', ':', ' ') + "…";
    }
}
