using Briefing.Store.Chats;
using Briefing.Store.Delivery;

namespace Briefing.Host.Delivery;

/// <summary>Local mode's sender: prints each digest's plain text to standard output.</summary>
public sealed class ConsoleDigestSender(TextWriter output) : IDigestSender
{
    private long printed;

    public bool Serves(SubscriberKey to) => to == ConsoleSubscriberDirectory.Console;

    public async Task<SendOutcome> SendAsync(SubscriberKey to, string message, CancellationToken cancellationToken = default)
    {
        await output.WriteLineAsync(message.AsMemory(), cancellationToken);
        await output.WriteLineAsync();
        await output.FlushAsync(cancellationToken);
        return new SendOutcome.Sent(Interlocked.Increment(ref printed));
    }
}
