namespace Briefing.Store.Search;

/// <summary>Full-text search over the current versions of stored articles.</summary>
public interface ISearchRepository
{
    /// <summary>
    /// Articles containing every word of <paramref name="query"/> (in any spelling variant of a name), best first.
    /// The query is taken as plain words: FTS5 syntax in it neither errors nor acts. An empty query finds nothing.
    /// </summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int limit, CancellationToken cancellationToken = default);
}
