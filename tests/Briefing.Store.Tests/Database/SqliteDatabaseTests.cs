using Briefing.Store.Database;
using Dapper;

namespace Briefing.Store.Tests.Database;

public sealed class SqliteDatabaseTests
{
    [Fact]
    public async Task Migrations_apply_once_and_are_recorded()
    {
        using var temp = new SqliteTestDatabase();
        await using (var first = await temp.Database.OpenAsync()) { }
        // A second instance over the same file finds the migrations applied and applies nothing again.
        var again = new SqliteDatabase(temp.FilePath);
        await using var connection = await again.OpenAsync();

        var recorded = (await connection.QueryAsync<(long Version, string Name)>("SELECT version, name FROM schema_migrations ORDER BY version")).ToList();
        Assert.Contains((1L, "articles"), recorded);
        Assert.Equal(recorded.Count, recorded.Select(r => r.Version).Distinct().Count());
        var tables = (await connection.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table'")).ToList();
        Assert.Contains("articles", tables);
        Assert.Contains("articles_fts", tables);
    }

    [Fact]
    public void The_schedulers_connection_opens_the_database_file_and_never_creates_one()
    {
        var folder = Directory.CreateTempSubdirectory("briefing-quartz-").FullName;
        try
        {
            var file = Path.Combine(folder, "briefing.db");
            var connectionString = StoreDatabase.ConnectionStringFor(new DatabaseOptions { Path = file }, folder);

            using var connection = new Microsoft.Data.Sqlite.SqliteConnection(connectionString);
            Assert.Throws<Microsoft.Data.Sqlite.SqliteException>(connection.Open);
            Assert.False(File.Exists(file));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Connections_use_wal_foreign_keys_and_a_busy_timeout()
    {
        using var temp = new SqliteTestDatabase();
        await using var connection = await temp.Database.OpenAsync();

        Assert.Equal("wal", await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode"));
        Assert.Equal(1L, await connection.ExecuteScalarAsync<long>("PRAGMA foreign_keys"));
        Assert.Equal((long)SqliteDatabase.BusyWait.TotalMilliseconds, await connection.ExecuteScalarAsync<long>("PRAGMA busy_timeout"));
        Assert.Equal(1L, await connection.ExecuteScalarAsync<long>("PRAGMA synchronous")); // NORMAL
    }

    [Fact]
    public async Task Concurrent_first_opens_apply_the_migrations_once()
    {
        using var temp = new SqliteTestDatabase();
        var connections = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => temp.Database.OpenAsync()));
        var count = await connections[0].ExecuteScalarAsync<long>("SELECT count(*) FROM schema_migrations WHERE version = 1");
        foreach (var c in connections) await c.DisposeAsync();

        Assert.Equal(1L, count);
    }

    [Fact]
    public async Task A_database_in_a_folder_that_cannot_be_created_is_a_clear_error()
    {
        using var temp = new SqliteTestDatabase();
        var blocker = Path.Combine(temp.Folder, "not-a-folder");
        await File.WriteAllTextAsync(blocker, "a file where a folder should be");
        var database = new SqliteDatabase(Path.Combine(blocker, "briefing.db"));

        var error = await Assert.ThrowsAsync<DatabaseUnavailableException>(() => database.OpenAsync());
        Assert.Equal(Path.Combine(blocker, "briefing.db"), error.Location);
        Assert.DoesNotContain('\n', error.Message);
    }
}
