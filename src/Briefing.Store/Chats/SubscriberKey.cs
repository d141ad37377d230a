namespace Briefing.Store.Chats;

/// <summary>Where digests go: a chat, and the forum topic inside it (0 outside forum topics).</summary>
public readonly record struct SubscriberKey(long ChatId, long ThreadId)
{
    public override string ToString() => ThreadId == 0 ? ChatId.ToString() : $"{ChatId}/{ThreadId}";
}
