using Briefing.Store.Database;
using Dapper;

namespace Briefing.Store.Chats;

/// <summary><see cref="IBotStateRepository"/> over the bot_state table (SQLite or PostgreSQL).</summary>
public sealed class BotStateRepository(StoreDatabase database) : IBotStateRepository
{
    public Task<string?> GetAsync(string key, CancellationToken cancellationToken = default) =>
        database.RunAsync(connection => connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "SELECT value FROM bot_state WHERE key = @Key", new { Key = key }, cancellationToken: cancellationToken)), cancellationToken);

    public Task SetAsync(string key, string value, CancellationToken cancellationToken = default) =>
        database.RunAsync(connection => connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO bot_state (key, value) VALUES (@Key, @Value) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            new { Key = key, Value = value }, cancellationToken: cancellationToken)), cancellationToken);

    public Task<bool> IsUpdateHandledAsync(long updateId, CancellationToken cancellationToken = default) =>
        database.RunAsync(async connection => await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT count(*) FROM handled_updates WHERE update_id = @UpdateId", new { UpdateId = updateId }, cancellationToken: cancellationToken)) > 0, cancellationToken);

    public Task MarkUpdateHandledAsync(long updateId, DateTimeOffset handledAt, CancellationToken cancellationToken = default) =>
        database.RunAsync(connection => connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO handled_updates (update_id, handled_at) VALUES (@UpdateId, @HandledAt) ON CONFLICT (update_id) DO NOTHING",
            new { UpdateId = updateId, HandledAt = StoredTime.Format(handledAt) }, cancellationToken: cancellationToken)), cancellationToken);

    public Task<int> ForgetHandledUpdatesAsync(DateTimeOffset before, CancellationToken cancellationToken = default) =>
        database.RunAsync(connection => connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM handled_updates WHERE handled_at < @Before", new { Before = StoredTime.Format(before) }, cancellationToken: cancellationToken)), cancellationToken);
}
