namespace Briefing.Store.Search;

/// <summary>One full-text search result.</summary>
/// <param name="Snippet">A few words of the body around the best match, matched words in [brackets].</param>
/// <param name="Score">Relevance (bm25, title matches weighted ten times); higher is better.</param>
/// <param name="Url">Where a reader finds the article (a feed item's link); null for corpus files.</param>
public sealed record SearchHit(long Id, string Title, string? Outlet, DateTimeOffset? Published, string Snippet, double Score, string? Url);
