namespace Briefing.Store.Database;

/// <summary>Which database the store runs on: one SQLite file (the default) or a PostgreSQL server several workers share.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
