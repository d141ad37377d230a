using System.Reflection;
using Microsoft.Data.Sqlite;

namespace Briefing.Store;

/// <summary>
/// The product's SQLite database: opens connections in WAL mode with a busy timeout and applies the
/// embedded migrations once. Placeholder of the store helper's class of the same name, so the delivery
/// tables can be built and tested before it lands; the store helper's version replaces this file.
/// </summary>
public sealed class SqliteDatabase(string path)
{
    private readonly SemaphoreSlim migrationGate = new(1, 1);
    private bool migrated;

    public string Path { get; } = path;

    public string ConnectionString => new SqliteConnectionStringBuilder
    {
        DataSource = Path,
        Pooling = true,
        // Microsoft.Data.Sqlite retries a busy database until the command timeout: the CLI and the worker share the file.
        DefaultTimeout = 30,
    }.ToString();

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        if (System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path)) is { } folder) Directory.CreateDirectory(folder);
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
        }
        if (!migrated) await MigrateAsync(connection, cancellationToken);
        return connection;
    }

    private async Task MigrateAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await migrationGate.WaitAsync(cancellationToken);
        try
        {
            if (migrated) return;
            await using var create = connection.CreateCommand();
            create.CommandText = "CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_utc TEXT NOT NULL)";
            await create.ExecuteNonQueryAsync(cancellationToken);
            var assembly = Assembly.GetExecutingAssembly();
            foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.Contains(".Migrations.")).Order(StringComparer.Ordinal))
            {
                var name = resource[(resource.IndexOf(".Migrations.", StringComparison.Ordinal) + ".Migrations.".Length)..];
                await using var check = connection.CreateCommand();
                check.CommandText = "SELECT COUNT(*) FROM schema_migrations WHERE name = $name";
                check.Parameters.AddWithValue("$name", name);
                if (Convert.ToInt64(await check.ExecuteScalarAsync(cancellationToken)) > 0) continue;
                using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
                var sql = await reader.ReadToEndAsync(cancellationToken);
                await using var transaction = connection.BeginTransaction();
                await using var apply = connection.CreateCommand();
                apply.Transaction = transaction;
                apply.CommandText = sql + ";INSERT INTO schema_migrations (name, applied_utc) VALUES ($name, strftime('%Y-%m-%dT%H:%M:%fZ','now'))";
                apply.Parameters.AddWithValue("$name", name);
                await apply.ExecuteNonQueryAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            migrated = true;
        }
        finally
        {
            migrationGate.Release();
        }
    }
}
