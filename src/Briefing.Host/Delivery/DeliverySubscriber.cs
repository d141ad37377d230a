using Briefing.News.Digests;
using Briefing.Store.Chats;
using Briefing.Store.Delivery;

namespace Briefing.Host.Delivery;

/// <summary>
/// A subscriber as delivery needs it: where, which topics, the newest article already delivered, and, when the
/// subscriber chose their own delivery time, when the next digest is due (then the schedules leave them out); their
/// /filter words per topic; paused subscribers are listed (so runs can page past them) and get nothing.
/// </summary>
public sealed record DeliverySubscriber(
    SubscriberKey Key,
    IReadOnlyList<string> Topics,
    long WatermarkArticleId,
    DateTimeOffset? NextDueUtc = null,
    TimeOnly? DeliveryTime = null,
    string? TimeZone = null,
    bool IsPaused = false,
    IReadOnlyDictionary<string, TopicFilter>? Filters = null)
{
    public bool HasOwnDeliveryTime => DeliveryTime is not null;
}
