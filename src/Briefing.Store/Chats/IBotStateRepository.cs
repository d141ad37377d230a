namespace Briefing.Store.Chats;

/// <summary>The bot's small key/value state (e.g. the last handled update id).</summary>
public interface IBotStateRepository
{
    Task<string?> GetAsync(string key, CancellationToken cancellationToken = default);

    Task SetAsync(string key, string value, CancellationToken cancellationToken = default);
}
