using Briefing.Store.Database;
using Dapper;
using System.Data.Common;

namespace Briefing.Store.Search;

/// <summary><see cref="ISearchRepository"/> on the FTS5 index kept beside the articles table.</summary>
public sealed class SqliteSearchRepository(SqliteDatabase database) : ISearchRepository
{
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
        return await database.RunAsync<IReadOnlyList<SearchHit>>(async connection =>
        {
            var newest = await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT coalesce(max(id), 0) FROM articles", cancellationToken: cancellationToken));
            var ranked = await RankAsync(connection, match, limit, newest - SearchRepositories.RankedWindow, cancellationToken);
            if (ranked.Count < limit && newest > SearchRepositories.RankedWindow) ranked = await RankAsync(connection, match, limit, floor: 0, cancellationToken);
            if (ranked.Count == 0) return [];
            var details = (await connection.QueryAsync<SearchDetail>(new CommandDefinition(
                DetailSql, new { Match = match, Ids = ranked.Select(r => r.Id).ToArray() }, cancellationToken: cancellationToken))).ToDictionary(d => d.Id);
            return SearchDetail.Hits(ranked, details);
        }, cancellationToken);
    }

    private static async Task<List<(long Id, double Score)>> RankAsync(DbConnection connection, string match, int limit, long floor, CancellationToken cancellationToken) =>
        (await connection.QueryAsync<(long Id, double Score)>(new CommandDefinition(
            RankSql, new { Match = match, Limit = limit, Floor = floor }, cancellationToken: cancellationToken))).ToList();
}
