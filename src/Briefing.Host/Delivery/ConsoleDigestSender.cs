using Briefing.Store.Chats;
using Briefing.Store.Delivery;
using Briefing.Telegram.Sending;

namespace Briefing.Host.Delivery;

/// <summary>Local mode's sender: prints each digest's plain text to standard output.</summary>
public sealed class ConsoleDigestSender(TextWriter output) : IDigestSender
{
    private long printed;

    public bool Serves(SubscriberKey to) => to == ConsoleSubscriberDirectory.Console;

    public async Task<SendResult> SendAsync(SubscriberKey to, string message, CancellationToken cancellationToken = default)
    {
        await output.WriteLineAsync(message.AsMemory(), cancellationToken);
        await output.WriteLineAsync();
        await output.FlushAsync(cancellationToken);
        return new SendResult.Sent(to.ChatId, (int)Interlocked.Increment(ref printed), Attempts: 1);
    }
}
