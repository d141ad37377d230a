using Briefing.Store.Chats;
using Briefing.Telegram.Sending;
using Microsoft.Extensions.Logging;

namespace Briefing.Telegram.Chats;

/// <summary>What the sender reports about chats (blocked, gone, upgraded to a supergroup), applied to the subscriber tables.</summary>
public sealed class ChatLifecycle(ISubscriberRepository subscribers, ILogger<ChatLifecycle> logger) : IChatLifecycle
{
    public async Task MarkUnavailableAsync(long chatId, string reason, CancellationToken cancellationToken = default)
    {
        var count = await subscribers.MarkUnavailableAsync(chatId, reason, cancellationToken);
        logger.LogInformation("Chat {ChatId} is unavailable ({Reason}); {Count} subscriber(s) marked inactive", chatId, reason, count);
    }

    public async Task MigrateAsync(long oldChatId, long newChatId, CancellationToken cancellationToken = default)
    {
        var count = await subscribers.MigrateChatAsync(oldChatId, newChatId, cancellationToken);
        logger.LogInformation("Chat {OldChatId} moved to {NewChatId}; {Count} subscriber(s) moved", oldChatId, newChatId, count);
    }
}
