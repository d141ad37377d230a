using Briefing.Host.Feeds;
using Briefing.Store.Chats;
using Briefing.Store.Delivery;

namespace Briefing.Host.Delivery;

/// <summary>The state of delivery at a glance: last ingestion, each schedule and its last run, the outbox, the subscribers, the feeds.</summary>
public sealed record DeliveryReport(
    DateTimeOffset GeneratedUtc,
    IngestionStatus? LastIngestion,
    IReadOnlyList<ScheduleStatus> Schedules,
    OutboxCounts Outbox,
    SubscriberStats Subscribers,
    FeedsStatus Feeds);
