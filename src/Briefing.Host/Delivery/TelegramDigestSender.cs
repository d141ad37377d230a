using Briefing.Store.Chats;
using Briefing.Telegram.Sending;

namespace Briefing.Host.Delivery;

/// <summary>Sends digest messages through the bot's one rate-limited sender (which keeps chat state on 403 and migration).</summary>
public sealed class TelegramDigestSender(IMessageSender sender) : IDigestSender
{
    // The console's row (chat 0) belongs to local mode; it is no Telegram chat.
    public bool Serves(SubscriberKey to) => to != ConsoleSubscriberDirectory.Console;

    public Task<SendResult> SendAsync(SubscriberKey to, string message, CancellationToken cancellationToken = default)
    {
        var thread = to.ThreadId == 0 ? (int?)null : checked((int)to.ThreadId);
        return sender.SendAsync(new OutgoingMessage(to.ChatId, thread, message), cancellationToken);
    }
}
