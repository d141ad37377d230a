namespace Briefing.Telegram.Sending;

/// <summary>What the sender reports about chats it learns are gone or moved; implemented over the chats table.</summary>
public interface IChatLifecycle
{
    /// <summary>The bot can no longer write to the chat: stop delivering to it.</summary>
    Task MarkUnavailableAsync(long chatId, string reason, CancellationToken cancellationToken = default);

    /// <summary>A group became a supergroup with a new id: move the chat's state and subscriptions there.</summary>
    Task MigrateAsync(long oldChatId, long newChatId, CancellationToken cancellationToken = default);
}
