using Briefing.Store.Chats;
using System.Collections.Concurrent;
using Briefing.Host.Delivery;
using Briefing.Store.Delivery;

namespace Briefing.Host.Tests.Delivery;

/// <summary>Records every message per chat; a test may make a send fail by returning an outcome from <see cref="Fault"/>.</summary>
public sealed class RecordingSender : IDigestSender
{
    private long nextId = 1000;

    public ConcurrentDictionary<SubscriberKey, ConcurrentQueue<string>> Received { get; } = new();

    /// <summary>Called before each send; a non-null outcome is returned instead of sending.</summary>
    public Func<SubscriberKey, string, SendOutcome?>? Fault { get; set; }

    public bool Serves(SubscriberKey to) => true;

    public IReadOnlyList<string> MessagesTo(long chatId, long threadId = 0) =>
        Received.TryGetValue(new SubscriberKey(chatId, threadId), out var queue) ? queue.ToList() : [];

    public Task<SendOutcome> SendAsync(SubscriberKey to, string message, CancellationToken cancellationToken = default)
    {
        if (Fault?.Invoke(to, message) is { } fault) return Task.FromResult(fault);
        Received.GetOrAdd(to, _ => new ConcurrentQueue<string>()).Enqueue(message);
        return Task.FromResult<SendOutcome>(new SendOutcome.Sent(Interlocked.Increment(ref nextId)));
    }
}
