using Briefing.Store.Database;
using Briefing.Store.Delivery;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Briefing.Store.Tests.Database;

/// <summary>A second worker on one SQLite file, a lock held by another connection, and the file deleted under a running process.</summary>
public sealed class DatabaseFaultTests
{
    [Fact]
    public async Task A_second_worker_lock_on_the_same_database_is_refused_naming_the_owner_until_the_first_is_released()
    {
        using var temp = new TempDatabase();
        var first = await SqliteWorkerLock.ClaimAsync(temp.Database, TimeProvider.System);

        var refused = await Assert.ThrowsAsync<DatabaseInUseException>(() => SqliteWorkerLock.ClaimAsync(new SqliteDatabase(temp.FilePath), TimeProvider.System));

        Assert.Equal(temp.FilePath, refused.Path);
        Assert.StartsWith($"process {Environment.ProcessId} on {Environment.MachineName}, since ", refused.Owner);
        Assert.Contains("with SQLite one worker owns the database", refused.Message);
        first.Dispose();
        using var second = await SqliteWorkerLock.ClaimAsync(new SqliteDatabase(temp.FilePath), TimeProvider.System);
    }

    [Fact]
    public async Task Operator_commands_read_and_write_beside_the_worker_that_owns_the_database()
    {
        using var temp = new TempDatabase();
        using var owner = await SqliteWorkerLock.ClaimAsync(temp.Database, TimeProvider.System);
        var operatorsView = new SqliteWorkerStatusRepository(new SqliteDatabase(temp.FilePath));

        await operatorsView.SetAsync("ingestion.last", "5 files", DateTimeOffset.UtcNow);

        Assert.Contains(await operatorsView.ListAsync(), s => s.Name == "ingestion.last");
    }

    [Fact]
    public async Task Once_the_file_is_deleted_every_open_fails_saying_so_and_nothing_is_written_into_the_deleted_file()
    {
        using var temp = new TempDatabase();
        var status = new SqliteWorkerStatusRepository(temp.Database);
        await status.SetAsync("before", "kept", DateTimeOffset.UtcNow);

        File.Delete(temp.FilePath);
        var failed = await Assert.ThrowsAsync<DatabaseUnavailableException>(() => status.SetAsync("after", "lost", DateTimeOffset.UtcNow));

        Assert.Equal("the file was deleted (or moved away) while this process had it open; nothing more is written (it would be lost at the next start); restart the worker, with the file restored from a backup if there is one", failed.Reason);
        Assert.False(File.Exists(temp.FilePath)); // not quietly created again, empty
        await Assert.ThrowsAsync<DatabaseUnavailableException>(() => status.ListAsync());
    }

    [Fact]
    public async Task A_write_waits_out_another_connections_lock_of_a_few_seconds_and_is_applied()
    {
        using var temp = new TempDatabase();
        var status = new SqliteWorkerStatusRepository(temp.Database);
        await status.SetAsync("warm", "up", DateTimeOffset.UtcNow);
        await using var holder = new SqliteConnection($"Data Source={temp.FilePath}");
        await holder.OpenAsync();
        await using var transaction = holder.BeginTransaction(deferred: false);
        await holder.ExecuteAsync("INSERT INTO worker_status (name, value, updated_utc) VALUES ('holder', 'x', '2024-01-01T00:00:00.000Z')", transaction: transaction);

        // SQLite calls block their thread while they wait, whatever their signature says.
        var write = Task.Run(() => status.SetAsync("waiting", "applied", DateTimeOffset.UtcNow));
        await Task.Delay(TimeSpan.FromSeconds(8));
        Assert.False(write.IsCompleted);
        await transaction.CommitAsync();
        await write;

        Assert.Contains(await status.ListAsync(), s => s is { Name: "waiting", Value: "applied" });
    }
}
