using Briefing.Store.Database;

namespace Briefing.Store.Search;

/// <summary>The search implementation that fits a database: FTS5 on SQLite, tsvector on PostgreSQL.</summary>
public static class SearchRepositories
{
    /// <summary>
    /// How many of the newest articles a query is ranked among first. Only when fewer than the requested hits
    /// match there is the whole store ranked. A word found in most articles thus returns the best of the newest
    /// this many: for news the recent ones matter, and ranking every match of such a word would cost time in
    /// proportion to the whole store.
    /// </summary>
    public const int RankedWindow = 2000;

    public static ISearchRepository For(StoreDatabase database) => database switch
    {
        PostgresDatabase postgres => new PostgresSearchRepository(postgres),
        SqliteDatabase sqlite => new SqliteSearchRepository(sqlite),
        _ => throw new ArgumentException($"No search for a {database.Provider} database.", nameof(database)),
    };
}
