using Dapper;

namespace Briefing.Store.Database;

/// <summary>
/// The one worker that owns a SQLite database: an exclusive lock on the file "&lt;database&gt;.worker" beside it, held while
/// the worker runs. The operating system drops the lock when the process ends, however it ends, so there is never a
/// stale owner to clear; the lock file itself stays (deleting it could let two workers lock two different files).
/// </summary>
public sealed class SqliteWorkerLock : IDisposable
{
    private const string OwnerStatus = "worker.owner";
    private readonly FileStream file;

    private SqliteWorkerLock(FileStream file) => this.file = file;

    /// <summary>Takes the database for this process and records who holds it.</summary>
    /// <exception cref="DatabaseInUseException">Another process holds it.</exception>
    public static async Task<SqliteWorkerLock> ClaimAsync(SqliteDatabase database, TimeProvider time, CancellationToken cancellationToken = default)
    {
        var path = database.Path + ".worker";
        // Opening the database first creates its folder, and says so clearly if it cannot be used at all.
        await using (var connection = await database.OpenAsync(cancellationToken))
        {
            FileStream file;
            try
            {
                file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (UnauthorizedAccessException ex)
            {
                throw new DatabaseUnavailableException(database.Path, $"cannot create the worker lock {path}: {ex.Message}", ex);
            }
            catch (IOException)
            {
                var owner = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
                    "SELECT value FROM worker_status WHERE name = @OwnerStatus", new { OwnerStatus }, cancellationToken: cancellationToken));
                throw new DatabaseInUseException(database.Path, owner);
            }
            var now = time.GetUtcNow();
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO worker_status (name, value, updated_utc) VALUES (@OwnerStatus, @value, @now) ON CONFLICT (name) DO UPDATE SET value = excluded.value, updated_utc = excluded.updated_utc",
                new { OwnerStatus, value = $"process {Environment.ProcessId} on {Environment.MachineName}, since {now:yyyy-MM-dd HH:mm:ss} UTC", now = SqliteTime.Format(now) },
                cancellationToken: cancellationToken));
            return new SqliteWorkerLock(file);
        }
    }

    public void Dispose() => file.Dispose();
}
