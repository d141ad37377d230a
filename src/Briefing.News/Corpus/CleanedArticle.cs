namespace Briefing.News.Corpus;

/// <summary>A corpus page reduced to what a reader came for: headline, date, outlet and body paragraphs.</summary>
public sealed record CleanedArticle(
    string Title,
    DateTimeOffset? Published,
    string? Outlet,
    IReadOnlyList<string> Paragraphs)
{
    /// <summary>The body as stored and searched: paragraphs separated by blank lines.</summary>
    public string Body => string.Join("\n\n", Paragraphs);
}
