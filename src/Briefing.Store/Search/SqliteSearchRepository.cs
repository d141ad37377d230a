using Briefing.Store.Database;
using Dapper;

namespace Briefing.Store.Search;

/// <summary><see cref="ISearchRepository"/> on the FTS5 index kept beside the articles table.</summary>
public sealed class SqliteSearchRepository(SqliteDatabase database) : ISearchRepository
{
    // The inner query lets FTS5 sort by rank and stop at the limit before snippets and the join are computed.
    private const string Sql = """
        SELECT m.id AS Id, a.title AS Title, a.outlet AS Outlet, a.published AS Published, m.snippet AS Snippet, m.score AS Score
        FROM (
            SELECT rowid AS id, snippet(articles_fts, 1, '[', ']', '…', 16) AS snippet, -rank AS score
            FROM articles_fts WHERE articles_fts MATCH @Match ORDER BY rank LIMIT @Limit
        ) m
        JOIN articles a ON a.id = m.id
        ORDER BY m.score DESC, m.id
        """;

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var match = SearchTerms.MatchExpression(query);
        if (match.Length == 0) return [];
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<HitRow>(new CommandDefinition(Sql, new { Match = match, Limit = limit }, cancellationToken: cancellationToken));
        return rows.Select(r => new SearchHit(r.Id, r.Title, r.Outlet, SqliteTime.ParseOrNull(r.Published), r.Snippet, r.Score)).ToList();
    }

    private sealed class HitRow
    {
        public long Id { get; init; }
        public string Title { get; init; } = "";
        public string? Outlet { get; init; }
        public string? Published { get; init; }
        public string Snippet { get; init; } = "";
        public double Score { get; init; }
    }
}
