using Briefing.Store.Delivery;

namespace Briefing.Host.Delivery;

/// <summary>
/// A subscriber as delivery needs it: where, which topics, the newest article already delivered, and, when the
/// subscriber chose their own delivery time, when the next digest is due (then the schedules leave them out).
/// </summary>
public sealed record DeliverySubscriber(
    SubscriberKey Key,
    IReadOnlyList<string> Topics,
    long WatermarkArticleId,
    DateTimeOffset? NextDueUtc = null,
    TimeOnly? DeliveryTime = null,
    string? TimeZone = null)
{
    public bool HasOwnDeliveryTime => DeliveryTime is not null;
}
