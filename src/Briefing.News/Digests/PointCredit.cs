using System.Text.RegularExpressions;
using Briefing.News.Summaries;

namespace Briefing.News.Digests;

/// <summary>Who a point is credited to, as a reader sees it: "Bloomberg via Fakti, RT" (at most a few names, then how many more).</summary>
/// <param name="Articles">How many articles carry the point: "White House (3 articles)" when one outlet published several.</param>
public sealed partial record PointCredit(IReadOnlyList<string> Via, IReadOnlyList<CreditedSource> Sources, int More, int Articles)
{
    private const int MaxNamed = 3;
    private const int MaxTitleLength = 60;

    public static PointCredit Of(SummaryPoint point)
    {
        // Two articles from one outlet are one name; an article with no known outlet is named by its headline, in quotation
        // marks so it does not read as an outlet.
        var sources = point.Sources
            .Select(s => new CreditedSource(s.Outlet is { Length: > 0 } outlet ? outlet : Headline(s.Title), s.Url))
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

    // A headline's tail naming an outlet ("… with Putin – Bloomberg") says whose reporting the story retells, or which site
    // it is on; either way the credit is not that outlet's, so the tail is left out.
    private static string Headline(string title)
    {
        var trimmed = OutletTail().Replace(title.Trim(), "");
        if (trimmed.Length == 0) return "untitled";
        if (trimmed.Length > MaxTitleLength)
        {
            var cut = trimmed.LastIndexOf(' ', MaxTitleLength);
            trimmed = trimmed[..(cut > 20 ? cut : MaxTitleLength)].TrimEnd(',', ';', ':', ' ') + "…";
        }
        return $"“{trimmed}”";
    }

    [GeneratedRegex(@"\s+[–—|-]\s+\p{Lu}[\p{L}.&'’]*(?:\s+\p{Lu}[\p{L}.&'’]*){0,2}\s*$")]
    private static partial Regex OutletTail();
}
