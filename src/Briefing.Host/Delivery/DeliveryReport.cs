using Briefing.Store.Chats;

namespace Briefing.Host.Delivery;

/// <summary>The state of delivery at a glance: last ingestion, each schedule and its last run, the outbox, the subscribers.</summary>
public sealed record DeliveryReport(
    DateTimeOffset GeneratedUtc,
    IngestionStatus? LastIngestion,
    IReadOnlyList<ScheduleStatus> Schedules,
    OutboxStatusReport Outbox,
    SubscriberStats Subscribers);
