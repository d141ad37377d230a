using System.Collections.Concurrent;
using Briefing.Host.Delivery;
using Briefing.Store.Chats;
using Briefing.Store.Delivery;
using Briefing.Telegram.Sending;

namespace Briefing.Host.Tests.Delivery;

/// <summary>Records every message per chat; a test may make a send fail by returning an outcome from <see cref="Fault"/>.</summary>
public sealed class RecordingSender : IDigestSender
{
    private long nextId = 1000;

    public ConcurrentDictionary<SubscriberKey, ConcurrentQueue<string>> Received { get; } = new();

    /// <summary>Called before each send; a non-null outcome is returned instead of sending.</summary>
    public Func<SubscriberKey, string, SendResult?>? Fault { get; set; }

    public bool Serves(SubscriberKey to) => true;

    public IReadOnlyList<string> MessagesTo(long chatId, long threadId = 0) =>
        Received.TryGetValue(new SubscriberKey(chatId, threadId), out var queue) ? queue.ToList() : [];

    public Task<SendResult> SendAsync(SubscriberKey to, string message, CancellationToken cancellationToken = default)
    {
        if (Fault?.Invoke(to, message) is { } fault) return Task.FromResult(fault);
        Received.GetOrAdd(to, _ => new ConcurrentQueue<string>()).Enqueue(message);
        return Task.FromResult<SendResult>(new SendResult.Sent(to.ChatId, (int)Interlocked.Increment(ref nextId), Attempts: 1));
    }
}
