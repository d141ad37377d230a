using System.Data.Common;
using Dapper;
using Npgsql;

namespace Briefing.Store.Database;

/// <summary>
/// The product's database on a PostgreSQL server that several workers share: pooled connections from one data source,
/// migrations applied once under an advisory lock (workers starting together wait for each other).
/// </summary>
public sealed class PostgresDatabase : StoreDatabase, IAsyncDisposable
{
    // pg_advisory_lock key for applying migrations: any fixed number no other lock uses.
    private const long MigrationLock = 0x6272_6965_6600_0001;

    // How often a held lock's connection is checked; a broken one means the lock is lost.
    private static readonly TimeSpan LockCheck = TimeSpan.FromSeconds(2);

    private readonly NpgsqlDataSource dataSource;
    private readonly SemaphoreSlim migrationGate = new(1, 1);
    private readonly TimeProvider timeProvider;
    private volatile bool migrated;

    public PostgresDatabase(string connectionString, TimeProvider? timeProvider = null)
    {
        this.timeProvider = timeProvider ?? TimeProvider.System;
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        Location = $"{builder.Host}:{builder.Port}/{builder.Database}";
        dataSource = NpgsqlDataSource.Create(builder);
    }

    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    public override string Location { get; }

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        if (!migrated) await MigrateAsync(cancellationToken);
        return await OpenUnmigratedAsync(cancellationToken);
    }

    internal override async Task<DbTransaction> BeginExclusiveAsync(DbConnection connection, string lockName, CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_xact_lock(hashtextextended(@lockName, 0))", new { lockName }, transaction, cancellationToken: cancellationToken));
        return transaction;
    }

    public override async Task<StoreLock> LockAsync(string name, CancellationToken cancellationToken = default) =>
        (await TakeAsync(name, wait: true, cancellationToken))!;

    public override Task<StoreLock?> TryLockAsync(string name, CancellationToken cancellationToken = default) =>
        TakeAsync(name, wait: false, cancellationToken);

    internal override string SkipLocked => "FOR UPDATE SKIP LOCKED";

    internal override string AnyOf(string column, string parameter) => $"{column} = ANY({parameter})";

    internal override bool IsUnavailable(DbException error) => error switch
    {
        // Connection exceptions (08), too many connections or disk full (53), shutting down (57P), no such database (3D), login refused (28).
        PostgresException { SqlState: var state } => state.StartsWith("08", StringComparison.Ordinal) || state.StartsWith("53", StringComparison.Ordinal)
            || state.StartsWith("57P", StringComparison.Ordinal) || state.StartsWith("3D", StringComparison.Ordinal) || state.StartsWith("28", StringComparison.Ordinal),
        // Network failures and timeouts reaching the server.
        NpgsqlException npgsql => npgsql.IsTransient,
        _ => false,
    };

    public ValueTask DisposeAsync() => dataSource.DisposeAsync();

    private async Task<NpgsqlConnection> OpenUnmigratedAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await dataSource.OpenConnectionAsync(cancellationToken);
        }
        catch (NpgsqlException ex)
        {
            throw new DatabaseUnavailableException(Provider, Location, ex.Message, ex);
        }
    }

    // A session advisory lock on a connection of its own, watched every LockCheck: a broken connection cancels Lost.
    private async Task<StoreLock?> TakeAsync(string name, bool wait, CancellationToken cancellationToken)
    {
        if (!migrated) await MigrateAsync(cancellationToken);
        var connection = await OpenUnmigratedAsync(cancellationToken);
        try
        {
            // No command timeout: waiting may last as long as the holder keeps the lock.
            var taken = await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
                wait ? "SELECT pg_advisory_lock(hashtextextended(@name, 0)) IS NULL" : "SELECT pg_try_advisory_lock(hashtextextended(@name, 0))",
                new { name }, commandTimeout: 0, cancellationToken: cancellationToken));
            if (wait || taken) return Held(name, connection);
        }
        catch (NpgsqlException ex) when (IsUnavailable(ex))
        {
            await connection.DisposeAsync();
            throw new DatabaseUnavailableException(Provider, Location, ex.Message, ex);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
        await connection.DisposeAsync();
        return null;
    }

    private StoreLock Held(string name, NpgsqlConnection connection)
    {
        var lost = new CancellationTokenSource();
        var stopWatching = new CancellationTokenSource();
        var watch = WatchAsync(connection, lost, stopWatching.Token);
        return new StoreLock(name, lost, async () =>
        {
            await stopWatching.CancelAsync();
            await watch;
            stopWatching.Dispose();
            try
            {
                if (!lost.IsCancellationRequested)
                    await connection.ExecuteAsync("SELECT pg_advisory_unlock(hashtextextended(@name, 0))", new { name });
            }
            catch (NpgsqlException)
            {
                // The connection broke as it was let go: the server drops the lock with the session.
            }
            await connection.DisposeAsync();
        });
    }

    private async Task WatchAsync(NpgsqlConnection connection, CancellationTokenSource lost, CancellationToken stop)
    {
        try
        {
            while (true)
            {
                await Task.Delay(LockCheck, timeProvider, stop);
                await connection.ExecuteAsync(new CommandDefinition("SELECT 1", cancellationToken: stop));
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException)
        {
            await lost.CancelAsync();
        }
    }

    private async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await migrationGate.WaitAsync(cancellationToken);
        try
        {
            if (migrated) return;
            await using var connection = await OpenUnmigratedAsync(cancellationToken);
            try
            {
                await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_lock(@MigrationLock)", new { MigrationLock }, cancellationToken: cancellationToken));
                try { await ApplyPendingAsync(connection, cancellationToken); }
                finally { await connection.ExecuteAsync("SELECT pg_advisory_unlock(@MigrationLock)", new { MigrationLock }); }
            }
            catch (NpgsqlException ex) when (IsUnavailable(ex))
            {
                throw new DatabaseUnavailableException(Provider, Location, ex.Message, ex);
            }
            migrated = true;
        }
        finally
        {
            migrationGate.Release();
        }
    }

    private async Task ApplyPendingAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version bigint PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)",
            cancellationToken: cancellationToken));
        var applied = (await connection.QueryAsync<long>(new CommandDefinition("SELECT version FROM schema_migrations", cancellationToken: cancellationToken))).ToHashSet();
        foreach (var migration in Migration.For(Provider).Where(m => !applied.Contains(m.Version)))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using (var command = new NpgsqlCommand(migration.Sql, connection, transaction))
                await command.ExecuteNonQueryAsync(cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt)",
                new { Version = (long)migration.Version, migration.Name, AppliedAt = StoredTime.Format(timeProvider.GetUtcNow()) },
                transaction, cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
        }
    }
}
