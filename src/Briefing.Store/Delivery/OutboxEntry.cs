using Briefing.Store.Chats;
namespace Briefing.Store.Delivery;

/// <summary>
/// A rendered digest to enqueue. WatermarkScope is "" when it carries the subscriber's own topics (sending it moves
/// the subscriber's watermark) or the schedule's name when the schedule has fixed topics.
/// </summary>
public sealed record OutboxEntry(SubscriberKey Subscriber, string WatermarkScope, long LastArticleId, IReadOnlyList<string> Messages);
