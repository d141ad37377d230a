namespace Briefing.News.Summaries;

/// <summary>One article given to the summariser: its identity for attribution, its dates and its cleaned body.</summary>
/// <param name="FirstSeen">When the corpus first had it: the date a point shows when the page states none.</param>
public sealed record SummaryDocument(
    long Id,
    string Title,
    string? Outlet,
    DateTimeOffset? Published,
    string? Url,
    IReadOnlyList<string> Paragraphs,
    DateTimeOffset? FirstSeen = null);
