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
}
