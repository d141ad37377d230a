namespace Briefing.Store.Chats;

/// <summary>A subscribed topic and its /filter words: Keep (+word: every one must appear) and Drop (-word: none may appear).</summary>
public sealed record TopicSubscription(string Slug, IReadOnlyList<string> Keep, IReadOnlyList<string> Drop)
{
    public bool HasFilter => Keep.Count > 0 || Drop.Count > 0;
}
