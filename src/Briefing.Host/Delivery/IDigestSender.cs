using Briefing.Store.Chats;
using Briefing.Store.Delivery;

namespace Briefing.Host.Delivery;

/// <summary>Sends one message of a digest: through the bot's sender, or to the console in local mode.</summary>
public interface IDigestSender
{
    DigestFormat Format { get; }

    Task<SendOutcome> SendAsync(SubscriberKey to, string message, CancellationToken cancellationToken = default);
}
