using Briefing.News.Digests;

namespace Briefing.Store.Chats;

/// <summary>A subscribed topic and its /filter words.</summary>
public sealed record TopicSubscription(string Slug, TopicFilter Filter)
{
    public bool HasFilter => !Filter.IsEmpty;
}
