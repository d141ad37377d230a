using Briefing.Store.Database;

namespace Briefing.Store.Search;

/// <summary>What a search shows of one ranked article (read after ranking, for the few hits only).</summary>
internal sealed class SearchDetail
{
    public long Id { get; init; }
    public string Title { get; init; } = "";
    public string? Outlet { get; init; }
    public string? Published { get; init; }
    public string Snippet { get; init; } = "";
    public string? Url { get; init; }

    /// <summary>The hits in rank order; an id without details (superseded meanwhile) is left out.</summary>
    public static IReadOnlyList<SearchHit> Hits(IEnumerable<(long Id, double Score)> ranked, IReadOnlyDictionary<long, SearchDetail> details) =>
        ranked.Where(r => details.ContainsKey(r.Id)).Select(r =>
        {
            var d = details[r.Id];
            return new SearchHit(r.Id, d.Title, d.Outlet, StoredTime.ParseOrNull(d.Published), d.Snippet, r.Score, d.Url);
        }).ToList();
}
