namespace Briefing.Store.Chats;

/// <summary>One subscriber with its delivery settings and the topics it receives.</summary>
public sealed record Subscriber(
    SubscriberKey Key,
    string ChatType,
    string? Title,
    bool IsActive,
    string? InactiveReason,
    bool IsPaused,
    TimeOnly? DeliveryTime,
    string TimeZone,
    DateTimeOffset? NextDueUtc,
    long Watermark,
    DateTimeOffset? LastDigestAt,
    DateTimeOffset CreatedAt,
    IReadOnlyList<TopicSubscription> Topics);
