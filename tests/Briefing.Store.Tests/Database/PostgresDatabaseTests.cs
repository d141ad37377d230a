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

    [Fact]
    public async Task A_named_lock_is_held_by_one_worker_at_a_time_and_passes_to_a_waiting_one_when_let_go()
    {
        using var database = new PostgresTestDatabase();
        var first = database.Reopen();
        var second = database.Reopen();

        var held = await first.LockAsync("digest-runs");
        Assert.Null(await second.TryLockAsync("digest-runs"));
        await using (var other = await second.TryLockAsync("corpus-ingestion")) Assert.NotNull(other);
        var waiting = second.LockAsync("digest-runs");
        await Task.Delay(200);
        Assert.False(waiting.IsCompleted);

        await held.DisposeAsync();

        await using var taken = await waiting.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Null(await first.TryLockAsync("digest-runs"));
    }

    [Fact]
    public async Task A_lock_whose_connection_breaks_is_lost_and_passes_to_a_waiting_worker()
    {
        using var database = new PostgresTestDatabase();
        var holder = await database.Reopen().LockAsync("telegram-bot");
        // The second worker is started first (its migration check holds an advisory lock of its own for a moment),
        // so that the only granted advisory lock below is the holder's.
        var second = database.Reopen();
        await second.EnsureReadyAsync();
        var waiting = second.LockAsync("telegram-bot");

        // As when the holder's machine drops off the network or its process dies: the server ends the session.
        await using (var connection = await database.Reopen().OpenAsync())
            await connection.ExecuteAsync("SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())");

        await using var taken = await waiting.WaitAsync(TimeSpan.FromSeconds(10));
        await Task.Delay(TimeSpan.FromSeconds(10), holder.Lost).ContinueWith(_ => { }, TaskScheduler.Default);
        Assert.True(holder.Lost.IsCancellationRequested, "the holder did not notice that it lost the lock");
        await holder.DisposeAsync();
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
