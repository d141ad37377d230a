namespace Briefing.Store.Chats;

/// <summary>The bot's small key/value state (e.g. the last handled update id).</summary>
public interface IBotStateRepository
{
    Task<string?> GetAsync(string key, CancellationToken cancellationToken = default);

    Task SetAsync(string key, string value, CancellationToken cancellationToken = default);

    /// <summary>Whether the update was recorded with <see cref="MarkUpdateHandledAsync"/>.</summary>
    Task<bool> IsUpdateHandledAsync(long updateId, CancellationToken cancellationToken = default);

    /// <summary>Records the update as handled (again is harmless).</summary>
    Task MarkUpdateHandledAsync(long updateId, DateTimeOffset handledAt, CancellationToken cancellationToken = default);

    /// <summary>Forgets updates handled before <paramref name="before"/>; Telegram no longer redelivers them. Returns how many.</summary>
    Task<int> ForgetHandledUpdatesAsync(DateTimeOffset before, CancellationToken cancellationToken = default);
}
