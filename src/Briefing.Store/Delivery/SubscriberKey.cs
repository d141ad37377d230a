namespace Briefing.Store.Delivery;

/// <summary>Where a digest goes: a chat and, in a forum group, a thread (0 for none). Orders as the subscriber pages do.</summary>
public readonly record struct SubscriberKey(long ChatId, long ThreadId) : IComparable<SubscriberKey>
{
    public int CompareTo(SubscriberKey other) =>
        ChatId != other.ChatId ? ChatId.CompareTo(other.ChatId) : ThreadId.CompareTo(other.ThreadId);
}
