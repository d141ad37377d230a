namespace Briefing.Store.Delivery;

/// <summary>The outbox at a glance: backlog, parked failures and what went out since a given instant.</summary>
public sealed record OutboxCounts(long Pending, long Due, long Failed, long Undeliverable, long SentSince, DateTimeOffset? OldestPendingUtc);
