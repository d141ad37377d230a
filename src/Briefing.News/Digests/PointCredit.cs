using Briefing.News.Summaries;

namespace Briefing.News.Digests;

/// <summary>Who a point is credited to, as a reader sees it: "Bloomberg via Fakti, RT" (at most a few names, then how many more).</summary>
public sealed record PointCredit(IReadOnlyList<string> Via, IReadOnlyList<CreditedSource> Sources, int More)
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
        return new PointCredit(point.Via, sources.Take(MaxNamed).ToList(), Math.Max(0, sources.Count - MaxNamed));
    }

    /// <summary>The credit as plain text.</summary>
    public override string ToString()
    {
        var names = string.Join(", ", Sources.Select(s => s.Name)) + (More > 0 ? $" and {More} more" : "");
        return Via.Count > 0 ? $"{string.Join(", ", Via)} via {names}" : names;
    }

    private static string Shorten(string title)
    {
        var trimmed = title.Trim();
        if (trimmed.Length <= MaxTitleLength) return trimmed.Length > 0 ? trimmed : "untitled";
        var cut = trimmed.LastIndexOf(' ', MaxTitleLength);
        return trimmed[..(cut > 20 ? cut : MaxTitleLength)].TrimEnd(',', ';', ':', ' ') + "…";
    }
}
