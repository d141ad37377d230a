using System.Net;
using System.Net.Sockets;
using Briefing.Store.Database;
using Dapper;

namespace Briefing.Store.Tests.Database;

public sealed class PostgresDatabaseTests
{
    [Fact]
    public async Task Workers_starting_together_apply_each_migration_once()
    {
        using var empty = new PostgresTestDatabase(migrated: false);
        var workers = Enumerable.Range(0, 4).Select(_ => empty.Reopen()).ToList();

        await Task.WhenAll(workers.Select(w => w.EnsureReadyAsync()));

        await using var connection = await empty.Database.OpenAsync();
        var recorded = (await connection.QueryAsync<(long Version, string Name)>("SELECT version, name FROM schema_migrations ORDER BY version")).ToList();
        Assert.Contains((1L, "articles"), recorded);
        Assert.Equal(recorded.Count, recorded.Select(r => r.Version).Distinct().Count());
        var tables = (await connection.QueryAsync<string>("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")).ToList();
        Assert.Contains("articles", tables);
        Assert.Contains("outbox", tables);
    }

    [Fact]
    public async Task A_server_that_is_not_there_is_a_clear_error_naming_the_server_but_not_the_password()
    {
        var database = new PostgresDatabase($"Host=127.0.0.1;Port={ClosedPort()};Database=briefing;Username=briefing;Password=hunter2;Timeout=3");

        var error = await Assert.ThrowsAsync<DatabaseUnavailableException>(() => database.EnsureReadyAsync());

        Assert.Equal(DatabaseProvider.Postgres, error.Provider);
        Assert.StartsWith("127.0.0.1:", error.Location);
        Assert.Contains("Database:ConnectionString", error.Message);
        Assert.DoesNotContain("hunter2", error.ToString());
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
