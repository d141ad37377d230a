using System.Data.Common;
using System.Globalization;
using Briefing.Store.Database;
using Dapper;

namespace Briefing.Store.Search;

/// <summary>
/// <see cref="ISearchRepository"/> on PostgreSQL's full-text search: the articles' generated tsvector (title weighted
/// ten times the body), each query word through websearch_to_tsquery, ranked by ts_rank, snippets from ts_headline.
/// </summary>
public sealed class PostgresSearchRepository(PostgresDatabase database) : ISearchRepository
{
    // Weights of D, C, B, A: the body (D) and name variants (B) count 0.1, the title (A) ten times that.
    private const string Weights = "'{0.1, 0.1, 0.1, 1.0}'";

    // Brackets around matches, about 16 words around the best one: what FTS5's snippet gives on SQLite.
    private const string HeadlineOptions = "StartSel=[, StopSel=], MaxWords=16, MinWords=8, ShortWord=0, MaxFragments=1, FragmentDelimiter=…";

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var (tsQuery, parameters) = TsQuery(SearchTerms.Words(query));
        if (tsQuery.Length == 0) return [];
        return await database.RunAsync<IReadOnlyList<SearchHit>>(async connection =>
        {
            var newest = await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT coalesce(max(id), 0) FROM articles", cancellationToken: cancellationToken));
            var ranked = await RankAsync(connection, tsQuery, parameters, limit, newest - SearchRepositories.RankedWindow, cancellationToken);
            if (ranked.Count < limit && newest > SearchRepositories.RankedWindow) ranked = await RankAsync(connection, tsQuery, parameters, limit, floor: 0, cancellationToken);
            if (ranked.Count == 0) return [];
            var detailParameters = new DynamicParameters(parameters);
            detailParameters.Add("Ids", ranked.Select(r => r.Id).ToArray());
            var details = (await connection.QueryAsync<SearchDetail>(new CommandDefinition($"""
                SELECT a.id AS Id, a.title AS Title, a.outlet AS Outlet, a.published AS Published, a.url AS Url,
                       ts_headline('simple', a.body, q, '{HeadlineOptions}') AS Snippet
                FROM articles a, (SELECT {tsQuery}) AS x(q)
                WHERE a.id = ANY(@Ids)
                """, detailParameters, cancellationToken: cancellationToken))).ToDictionary(d => d.Id);
            return SearchDetail.Hits(ranked, details);
        }, cancellationToken);
    }

    // Same shape as the SQLite search: the newest articles above the floor first, the whole store only when they give too few.
    private static async Task<List<(long Id, double Score)>> RankAsync(
        DbConnection connection, string tsQuery, DynamicParameters parameters, int limit, long floor, CancellationToken cancellationToken)
    {
        var rankParameters = new DynamicParameters(parameters);
        rankParameters.Add("Floor", floor);
        rankParameters.Add("Limit", limit);
        return (await connection.QueryAsync<(long Id, double Score)>(new CommandDefinition($"""
            SELECT a.id, ts_rank({Weights}, a.search_vector, q)::float8 AS score
            FROM articles a, (SELECT {tsQuery}) AS x(q)
            WHERE a.superseded_by_id IS NULL AND a.search_vector @@ q AND a.id > @Floor
            ORDER BY score DESC, a.id DESC LIMIT @Limit
            """, rankParameters, cancellationToken: cancellationToken))).ToList();
    }

    // Every word must match, in any of its spellings. Each spelling is a parameter, quoted for websearch_to_tsquery,
    // so that "or", "-" or quotes typed by a user are words, never operators.
    private static (string Sql, DynamicParameters Parameters) TsQuery(IReadOnlyList<IReadOnlyList<string>> words)
    {
        var parameters = new DynamicParameters();
        var clauses = new List<string>();
        for (var w = 0; w < words.Count; w++)
        {
            var spellings = new List<string>();
            for (var s = 0; s < words[w].Count; s++)
            {
                var name = string.Create(CultureInfo.InvariantCulture, $"w{w}s{s}");
                parameters.Add(name, "\"" + words[w][s] + "\"");
                spellings.Add($"websearch_to_tsquery('simple', @{name})");
            }
            clauses.Add("(" + string.Join(" || ", spellings) + ")");
        }
        return (string.Join(" && ", clauses), parameters);
    }
}
