namespace Briefing.News.Corpus;

/// <summary>A page read into lines, with whatever its metadata states (HTML only; plain text states nothing up front).</summary>
internal sealed record ParsedPage(string? Title, DateTimeOffset? Published, string? Outlet, IReadOnlyList<PageLine> Lines);
