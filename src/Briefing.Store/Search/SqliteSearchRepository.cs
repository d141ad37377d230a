using Briefing.Store.Database;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Briefing.Store.Search;

/// <summary><see cref="ISearchRepository"/> on the FTS5 index kept beside the articles table.</summary>
public sealed class SqliteSearchRepository(SqliteDatabase database) : ISearchRepository
{
    /// <summary>
    /// How many of the newest articles a query is ranked among first. Only when fewer than the requested hits
    /// match there is the whole store ranked. A word found in most articles thus returns the best of the newest
    /// this many: for news the recent ones matter, and ranking every match of such a word would cost time in
    /// proportion to the whole store.
    /// </summary>
    public const int RankedWindow = 2000;

    // Ranked in a subquery: FTS5's own "ORDER BY rank" would sort every match, ignoring the rowid range.
    private const string RankSql = """
        SELECT id AS Id, score AS Score FROM (
            SELECT rowid AS id, -rank AS score FROM articles_fts
            WHERE articles_fts MATCH @Match AND rowid > @Floor)
        ORDER BY score DESC, id DESC LIMIT @Limit
        """;

    // A separate statement: joined into the ranking query, the planner may rescan every match per hit.
    private const string DetailSql = """
        SELECT f.rowid AS Id, a.title AS Title, a.outlet AS Outlet, a.published AS Published, a.url AS Url,
               snippet(articles_fts, 1, '[', ']', '…', 16) AS Snippet
        FROM articles_fts f JOIN articles a ON a.id = f.rowid
        WHERE articles_fts MATCH @Match AND f.rowid IN @Ids
        """;

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var match = SearchTerms.MatchExpression(query);
        if (match.Length == 0) return [];
        await using var connection = await database.OpenAsync(cancellationToken);
        var newest = await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT coalesce(max(id), 0) FROM articles", cancellationToken: cancellationToken));
        var ranked = await RankAsync(connection, match, limit, newest - RankedWindow, cancellationToken);
        if (ranked.Count < limit && newest > RankedWindow) ranked = await RankAsync(connection, match, limit, floor: 0, cancellationToken);
        if (ranked.Count == 0) return [];
        var details = (await connection.QueryAsync<DetailRow>(new CommandDefinition(
            DetailSql, new { Match = match, Ids = ranked.Select(r => r.Id).ToArray() }, cancellationToken: cancellationToken))).ToDictionary(d => d.Id);
        return ranked.Where(r => details.ContainsKey(r.Id)).Select(r =>
        {
            var d = details[r.Id];
            return new SearchHit(r.Id, d.Title, d.Outlet, SqliteTime.ParseOrNull(d.Published), d.Snippet, r.Score, d.Url);
        }).ToList();
    }

    private static async Task<List<(long Id, double Score)>> RankAsync(SqliteConnection connection, string match, int limit, long floor, CancellationToken cancellationToken) =>
        (await connection.QueryAsync<(long Id, double Score)>(new CommandDefinition(
            RankSql, new { Match = match, Limit = limit, Floor = floor }, cancellationToken: cancellationToken))).ToList();

    private sealed class DetailRow
    {
        public long Id { get; init; }
        public string Title { get; init; } = "";
        public string? Outlet { get; init; }
        public string? Published { get; init; }
        public string Snippet { get; init; } = "";
        public string? Url { get; init; }
    }
}
