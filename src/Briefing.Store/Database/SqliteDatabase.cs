using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Briefing.Store.Database;

/// <summary>The product's database as one SQLite file: opens configured connections and brings the schema up to date on first use.</summary>
public sealed class SqliteDatabase : StoreDatabase
{
    /// <summary>
    /// How long a statement waits for another connection's write lock before it fails. Shorter than the time a user's
    /// command is given (30 s), so a command waits out a lock of several seconds and is applied, with time left to answer.
    /// </summary>
    public static readonly TimeSpan BusyWait = TimeSpan.FromSeconds(20);

    private readonly string createConnectionString;
    private readonly string connectionString;
    private readonly SemaphoreSlim migrationGate = new(1, 1);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, SemaphoreSlim> locks = new();
    private readonly TimeProvider timeProvider;
    private volatile bool migrated;
    private volatile string? lostReason;

    public SqliteDatabase(string path, TimeProvider? timeProvider = null)
    {
        this.timeProvider = timeProvider ?? TimeProvider.System;
        Path = System.IO.Path.GetFullPath(path);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = (int)BusyWait.TotalSeconds,
        };
        createConnectionString = builder.ToString();
        // Once the schema is in place a missing file is an error, not a new empty database created behind the worker's back.
        builder.Mode = SqliteOpenMode.ReadWrite;
        connectionString = builder.ToString();
    }

    /// <summary>Full path of the database file.</summary>
    public string Path { get; }

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public override string Location => Path;

    /// <summary>
    /// Opens a connection (WAL, <see cref="BusyWait"/> busy timeout, foreign keys, synchronous=NORMAL); the first call applies
    /// pending migrations.
    /// </summary>
    /// <exception cref="DatabaseUnavailableException">The file cannot be opened, or it was deleted since this process opened
    /// it: from then on every call fails, so nothing more is written where it would be lost.</exception>
    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        if (!migrated) await MigrateAsync(cancellationToken);
        CheckStillThere();
        return await OpenConfiguredAsync(connectionString, cancellationToken);
    }

    /// <summary>One worker per SQLite file: the file lock beside it (<see cref="SqliteWorkerLock"/>).</summary>
    public override async Task<IDisposable> ClaimWorkerAsync(TimeProvider time, CancellationToken cancellationToken = default) =>
        await SqliteWorkerLock.ClaimAsync(this, time, cancellationToken);

    // IMMEDIATE takes the file's write lock at once: one writer across every process on the file.
    internal override Task<DbTransaction> BeginExclusiveAsync(DbConnection connection, string lockName, CancellationToken cancellationToken) =>
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));

    public override async Task<StoreLock> LockAsync(string name, CancellationToken cancellationToken = default)
    {
        var gate = locks.GetOrAdd(name, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        return Held(name, gate);
    }

    public override Task<StoreLock?> TryLockAsync(string name, CancellationToken cancellationToken = default)
    {
        var gate = locks.GetOrAdd(name, _ => new SemaphoreSlim(1, 1));
        return Task.FromResult(gate.Wait(0) ? Held(name, gate) : null);
    }

    // One worker owns the file (SqliteWorkerLock), so a lock within the process is the whole cluster's; it is never lost.
    private static StoreLock Held(string name, SemaphoreSlim gate) =>
        new(name, new CancellationTokenSource(), () => { gate.Release(); return ValueTask.CompletedTask; });

    internal override string SkipLocked => "";

    internal override string AnyOf(string column, string parameter) => $"{column} IN {parameter}";

    internal override bool IsUnavailable(DbException error) =>
        // BUSY, LOCKED, READONLY, IOERR, CORRUPT, FULL, CANTOPEN, NOTADB
        error is SqliteException { SqliteErrorCode: 5 or 6 or 8 or 10 or 11 or 13 or 14 or 26 };

    private async Task<SqliteConnection> OpenConfiguredAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var pragmas = connection.CreateCommand();
            pragmas.CommandText = $"PRAGMA journal_mode=WAL; PRAGMA busy_timeout={(int)BusyWait.TotalMilliseconds}; PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-32768; PRAGMA temp_store=MEMORY;";
            await pragmas.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch (SqliteException ex)
        {
            await connection.DisposeAsync();
            if (migrated && !File.Exists(Path)) throw Lose("the file was deleted (or moved away) while this process had it open");
            throw new DatabaseUnavailableException(Provider, Path, ex.Message, ex);
        }
    }

    // Pooled connections keep writing into a deleted file's old inode, where everything is lost at the next start; once
    // the path is empty every open fails instead, and stays failing (a file put back later is not this process's to mix with).
    private void CheckStillThere()
    {
        if (lostReason is { } reason) throw new DatabaseUnavailableException(Provider, Path, reason);
        if (migrated && !File.Exists(Path)) throw Lose("the file was deleted (or moved away) while this process had it open");
    }

    private DatabaseUnavailableException Lose(string what)
    {
        lostReason ??= $"{what}; nothing more is written (it would be lost at the next start); restart the worker, with the file restored from a backup if there is one";
        return new DatabaseUnavailableException(Provider, Path, lostReason);
    }

    private async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await migrationGate.WaitAsync(cancellationToken);
        try
        {
            if (migrated) return;
            EnsureDirectory();
            await using var connection = await OpenConfiguredAsync(createConnectionString, cancellationToken);
            // SQLite silently opens a read-only file read-only; say so now rather than at the first write.
            if (SQLitePCL.raw.sqlite3_db_readonly(connection.Handle, "main") == 1)
                throw new DatabaseUnavailableException(Provider, Path, "the file is read-only");
            try
            {
                await ApplyPendingAsync(connection, cancellationToken);
            }
            catch (SqliteException ex) when (IsUnavailable(ex))
            {
                throw new DatabaseUnavailableException(Provider, Path, ex.Message, ex);
            }
            migrated = true;
        }
        finally
        {
            migrationGate.Release();
        }
    }

    private void EnsureDirectory()
    {
        var directory = System.IO.Path.GetDirectoryName(Path);
        if (string.IsNullOrEmpty(directory)) return;
        try
        {
            Directory.CreateDirectory(directory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DatabaseUnavailableException(Provider, Path, $"cannot create folder {directory}: {ex.Message}", ex);
        }
    }

    private async Task ApplyPendingAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
            cancellationToken: cancellationToken));
        foreach (var migration in Migration.For(Provider))
        {
            // IMMEDIATE takes the write lock first, so two processes starting together apply each migration once.
            await using var transaction = connection.BeginTransaction(deferred: false);
            var applied = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "SELECT count(*) FROM schema_migrations WHERE version = @Version", new { migration.Version }, transaction, cancellationToken: cancellationToken));
            if (applied > 0) continue;
            await using (var command = connection.CreateCommand())
            {
                command.Transaction = transaction;
                command.CommandText = migration.Sql;
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt)",
                new { migration.Version, migration.Name, AppliedAt = StoredTime.Format(timeProvider.GetUtcNow()) },
                transaction, cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
        }
    }
}
