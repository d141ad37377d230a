namespace Briefing.News.Summaries;

/// <summary>One article given to the summariser: its identity for attribution and its cleaned body.</summary>
public sealed record SummaryDocument(
    long Id,
    string Title,
    string? Outlet,
    DateTimeOffset? Published,
    string? Url,
    IReadOnlyList<string> Paragraphs);
