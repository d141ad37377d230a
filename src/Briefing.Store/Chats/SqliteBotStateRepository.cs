using Briefing.Store.Database;
using Dapper;

namespace Briefing.Store.Chats;

/// <summary><see cref="IBotStateRepository"/> over the bot_state table.</summary>
public sealed class SqliteBotStateRepository(SqliteDatabase database) : IBotStateRepository
{
    public async Task<string?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "SELECT value FROM bot_state WHERE key = @Key", new { Key = key }, cancellationToken: cancellationToken));
    }

    public async Task SetAsync(string key, string value, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO bot_state (key, value) VALUES (@Key, @Value) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            new { Key = key, Value = value }, cancellationToken: cancellationToken));
    }

    public async Task<bool> IsUpdateHandledAsync(long updateId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT count(*) FROM handled_updates WHERE update_id = @UpdateId", new { UpdateId = updateId }, cancellationToken: cancellationToken)) > 0;
    }

    public async Task MarkUpdateHandledAsync(long updateId, DateTimeOffset handledAt, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO handled_updates (update_id, handled_at) VALUES (@UpdateId, @HandledAt) ON CONFLICT (update_id) DO NOTHING",
            new { UpdateId = updateId, HandledAt = SqliteTime.Format(handledAt) }, cancellationToken: cancellationToken));
    }

    public async Task<int> ForgetHandledUpdatesAsync(DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM handled_updates WHERE handled_at < @Before", new { Before = SqliteTime.Format(before) }, cancellationToken: cancellationToken));
    }
}
