namespace Briefing.Store.Database;

/// <summary>Which database the store uses (section "Database"); checked at start by <see cref="DatabaseOptionsValidator"/>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>"Sqlite" (default: one file, one worker) or "Postgres" (a server several workers share).</summary>
    public string Provider { get; set; } = nameof(DatabaseProvider.Sqlite);

    /// <summary>The PostgreSQL connection string (Npgsql keywords), used when Provider is Postgres.</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>The SQLite file, used when Provider is Sqlite; relative paths are taken from the working directory.</summary>
    public string Path { get; set; } = "data/briefing.db";

    /// <summary>The SQLite file's full path: <see cref="Path"/> as given when absolute, else under <paramref name="contentRoot"/>.</summary>
    public string SqliteFile(string contentRoot) =>
        System.IO.Path.GetFullPath(System.IO.Path.IsPathRooted(Path) ? Path : System.IO.Path.Combine(contentRoot, Path));

    /// <summary>The provider named by <see cref="Provider"/>; null when it names none (the validator reports that).</summary>
    public DatabaseProvider? ParsedProvider =>
        Enum.TryParse<DatabaseProvider>(Provider, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
}
