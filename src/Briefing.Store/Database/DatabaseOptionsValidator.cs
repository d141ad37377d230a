using Microsoft.Extensions.Options;
using Npgsql;

namespace Briefing.Store.Database;

/// <summary>Checks <see cref="DatabaseOptions"/> at start and says how to fix each problem.</summary>
public sealed class DatabaseOptionsValidator : IValidateOptions<DatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
    {
        var failures = new List<string>();
        switch (options.ParsedProvider)
        {
            case DatabaseProvider.Sqlite:
                CheckPath(options.Path, failures);
                break;
            case DatabaseProvider.Postgres:
                CheckConnectionString(options.ConnectionString, failures);
                break;
            default:
                failures.Add($"Database:Provider \"{options.Provider}\" is not a provider: set it to \"Sqlite\" (one file, the default) or \"Postgres\" (with Database:ConnectionString).");
                break;
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckPath(string path, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(path))
            failures.Add("Database:Path is empty: set it to the SQLite file to use, e.g. \"data/briefing.db\", or pass --db PATH.");
        else if (path.IndexOfAny(System.IO.Path.GetInvalidPathChars()) >= 0)
            failures.Add($"Database:Path \"{path}\" contains characters a file path cannot have.");
        else if (Directory.Exists(path))
            failures.Add($"Database:Path \"{path}\" is a folder: give a file path inside it, e.g. \"{System.IO.Path.Combine(path, "briefing.db")}\".");
    }

    private static void CheckConnectionString(string connectionString, List<string> failures)
    {
        const string Example = "\"Host=db.example;Database=briefing;Username=briefing;Password=...\"";
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            failures.Add($"Database:ConnectionString is empty while Database:Provider is Postgres: set it (or the environment variable Database__ConnectionString), e.g. {Example}.");
            return;
        }
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException ex)
        {
            // The message names the bad keyword; the string itself may hold a password and is not repeated.
            failures.Add($"Database:ConnectionString is not a valid PostgreSQL connection string ({ex.Message}): write it as Key=Value pairs, e.g. {Example}.");
            return;
        }
        if (string.IsNullOrWhiteSpace(builder.Host))
            failures.Add($"Database:ConnectionString names no server: add Host=..., e.g. {Example}.");
        if (string.IsNullOrWhiteSpace(builder.Database))
            failures.Add($"Database:ConnectionString names no database: add Database=..., e.g. {Example}.");
    }
}
