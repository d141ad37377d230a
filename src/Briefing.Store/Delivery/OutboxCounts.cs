namespace Briefing.Store.Delivery;

/// <summary>The outbox at a glance: backlog (pending, due now, the oldest), parked failures, undeliverable, sent since midnight UTC.</summary>
public sealed record OutboxCounts(long Pending, long Due, long Failed, long Undeliverable, long SentToday, DateTimeOffset? OldestPendingUtc);
