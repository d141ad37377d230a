using Briefing.Store.Chats;
using Briefing.Store.Delivery;
using Briefing.Telegram.Sending;

namespace Briefing.Host.Delivery;

/// <summary>Sends one message of a digest: through the bot's sender, or to the console in local mode.</summary>
public interface IDigestSender
{
    /// <summary>
    /// Whether this sender delivers to <paramref name="to"/>: the console takes local mode's row, the bot every chat. Rows
    /// it does not serve stay queued for a process that does (a shell without the token never prints a chat's digest).
    /// </summary>
    bool Serves(SubscriberKey to);

    Task<SendResult> SendAsync(SubscriberKey to, string message, CancellationToken cancellationToken = default);
}
