namespace Briefing.Store.Database;

/// <summary>
/// The database cannot be used right now (missing folder, read-only or busy file, server down or refusing the login):
/// <see cref="Location"/>, <see cref="Reason"/> and <see cref="Provider"/> say which and why. Callers may wait and retry.
/// </summary>
public sealed class DatabaseUnavailableException(DatabaseProvider provider, string location, string reason, Exception? inner = null)
    : Exception($"Cannot use database {location}: {reason.TrimEnd('.')}. {FixFor(provider)}", inner)
{
    public DatabaseProvider Provider { get; } = provider;

    /// <summary>The SQLite file's full path, or the PostgreSQL server and database (host:port/name, never the password).</summary>
    public string Location { get; } = location;

    public string Reason { get; } = reason;

    private static string FixFor(DatabaseProvider provider) => provider == DatabaseProvider.Postgres
        ? "Check Database:ConnectionString (environment Database__ConnectionString) and that the server is running and reachable."
        : "Check the path (Database:Path or --db) and that its folder is writable.";
}
