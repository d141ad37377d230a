using Briefing.Store.Database;
using Dapper;

namespace Briefing.Store.Delivery;

/// <summary>Worker status facts in the worker_status table (SQLite or PostgreSQL).</summary>
public sealed class WorkerStatusRepository(StoreDatabase database) : IWorkerStatusRepository
{
    public Task SetAsync(string name, string value, DateTimeOffset nowUtc, CancellationToken cancellationToken = default) =>
        database.RunAsync(connection => connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO worker_status (name, value, updated_utc) VALUES (@name, @value, @now) ON CONFLICT (name) DO UPDATE SET value = excluded.value, updated_utc = excluded.updated_utc",
            new { name, value, now = StoredTime.Format(nowUtc) },
            cancellationToken: cancellationToken)), cancellationToken);

    public Task<IReadOnlyList<WorkerStatus>> ListAsync(CancellationToken cancellationToken = default) =>
        database.RunAsync<IReadOnlyList<WorkerStatus>>(async connection =>
        {
            var rows = await connection.QueryAsync<(string Name, string Value, string UpdatedUtc)>(new CommandDefinition(
                "SELECT name, value, updated_utc FROM worker_status ORDER BY name", cancellationToken: cancellationToken));
            return rows.Select(r => new WorkerStatus(r.Name, r.Value, StoredTime.Parse(r.UpdatedUtc))).ToList();
        }, cancellationToken);
}
