using Briefing.Store.Database;
using Dapper;

namespace Briefing.Store.Delivery;

/// <summary>Worker status facts in the SQLite database.</summary>
public sealed class SqliteWorkerStatusRepository(SqliteDatabase database) : IWorkerStatusRepository
{
    public async Task SetAsync(string name, string value, DateTimeOffset nowUtc, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO worker_status (name, value, updated_utc) VALUES (@name, @value, @now) ON CONFLICT (name) DO UPDATE SET value = excluded.value, updated_utc = excluded.updated_utc",
            new { name, value, now = SqliteTime.Format(nowUtc) },
            cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<WorkerStatus>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Name, string Value, string UpdatedUtc)>(new CommandDefinition(
            "SELECT name, value, updated_utc FROM worker_status ORDER BY name", cancellationToken: cancellationToken));
        return rows.Select(r => new WorkerStatus(r.Name, r.Value, SqliteTime.Parse(r.UpdatedUtc))).ToList();
    }
}
