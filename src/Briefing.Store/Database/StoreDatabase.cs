using System.Data.Common;

namespace Briefing.Store.Database;

/// <summary>
/// The product's database, SQLite or PostgreSQL: the repositories open connections through it, it applies the
/// provider's migrations on first use, and it turns the provider's "cannot use the database now" errors into
/// <see cref="DatabaseUnavailableException"/> so that no provider type reaches the callers.
/// </summary>
public abstract class StoreDatabase
{
    public abstract DatabaseProvider Provider { get; }

    /// <summary>The SQLite file's full path, or host:port/database of the PostgreSQL server (never the password).</summary>
    public abstract string Location { get; }

    /// <summary>Creates the database described by <paramref name="options"/>; a relative SQLite path is taken from <paramref name="contentRoot"/>.</summary>
    public static StoreDatabase Create(DatabaseOptions options, string contentRoot, TimeProvider timeProvider) => options.ParsedProvider switch
    {
        DatabaseProvider.Postgres => new PostgresDatabase(options.ConnectionString, timeProvider),
        DatabaseProvider.Sqlite => new SqliteDatabase(options.SqliteFile(contentRoot), timeProvider),
        _ => throw new ArgumentException($"Database:Provider \"{options.Provider}\" is not a provider.", nameof(options)),
    };

    /// <summary>
    /// The connection string for a second client of the same database (Quartz's job store): the configured one on
    /// PostgreSQL; on SQLite the file with a longer busy timeout, since the scheduler's writes queue behind the worker's.
    /// </summary>
    public static string ConnectionStringFor(DatabaseOptions options, string contentRoot) => options.ParsedProvider == DatabaseProvider.Postgres
        ? options.ConnectionString
        // The store creates the file before the scheduler starts; after that, a deleted file is an error for the
        // scheduler too, not a new empty database that Quartz would create behind the worker's back.
        : new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder
        {
            DataSource = options.SqliteFile(contentRoot),
            Mode = Microsoft.Data.Sqlite.SqliteOpenMode.ReadWrite,
            DefaultTimeout = 30,
        }.ToString();

    /// <summary>Opens the database once: creates what is missing and applies pending migrations. Repositories do this on first use too.</summary>
    public async Task EnsureReadyAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
    }

    /// <summary>
    /// Registers this process as the worker (`briefing run`) on the database until disposed. SQLite allows one worker
    /// per file and throws <see cref="DatabaseInUseException"/> for a second; PostgreSQL allows several.
    /// </summary>
    public virtual Task<IDisposable> ClaimWorkerAsync(TimeProvider time, CancellationToken cancellationToken = default) =>
        Task.FromResult<IDisposable>(new NoClaim());

    /// <summary>
    /// Waits until this process holds the lock called <paramref name="name"/>. On PostgreSQL the lock is cluster-wide: a
    /// session advisory lock on a connection kept for it, so a waiting worker gets it the moment the holder lets go or dies.
    /// On SQLite, whose file one worker owns, it is a lock within this process.
    /// </summary>
    public abstract Task<StoreLock> LockAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>The lock called <paramref name="name"/> if nobody holds it now, else null (see <see cref="LockAsync"/>).</summary>
    public abstract Task<StoreLock?> TryLockAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>A connection ready for use; the first call applies pending migrations. Errors come as <see cref="DatabaseUnavailableException"/>.</summary>
    public abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Begins a transaction that will write, and makes it the only one holding <paramref name="lockName"/> across every
    /// process on this database until it ends (SQLite: the file's write lock; PostgreSQL: an advisory transaction lock).
    /// </summary>
    internal abstract Task<DbTransaction> BeginExclusiveAsync(DbConnection connection, string lockName, CancellationToken cancellationToken);

    /// <summary>
    /// The condition "<paramref name="column"/> is one of the list in <paramref name="parameter"/>": Dapper expands a list
    /// into IN (...) on SQLite but passes it whole as an array to PostgreSQL, which compares with = ANY.
    /// </summary>
    internal abstract string AnyOf(string column, string parameter);

    /// <summary>What a row-claiming SELECT ends with so that workers claiming at once skip each other's rows (empty on SQLite, where writers take turns).</summary>
    internal abstract string SkipLocked { get; }

    /// <summary>True for errors that mean "the database cannot be used now" rather than a fault in the statement.</summary>
    internal abstract bool IsUnavailable(DbException error);

    /// <summary>Runs <paramref name="work"/> on an open connection and reports unavailability as <see cref="DatabaseUnavailableException"/>.</summary>
    internal async Task<T> RunAsync<T>(Func<DbConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            return await work(connection);
        }
        catch (DbException ex) when (IsUnavailable(ex))
        {
            throw new DatabaseUnavailableException(Provider, Location, ex.Message, ex);
        }
    }

    internal Task RunAsync(Func<DbConnection, Task> work, CancellationToken cancellationToken) =>
        RunAsync(async connection => { await work(connection); return true; }, cancellationToken);

    private sealed class NoClaim : IDisposable
    {
        public void Dispose() { }
    }
}
