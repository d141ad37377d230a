namespace Briefing.Host.Delivery;

/// <summary>The outbox backlog and failures: pending (due now), parked as failed, undeliverable, sent since midnight UTC.</summary>
public sealed record OutboxStatusReport(long Pending, long Due, long Failed, long Undeliverable, long SentToday, DateTimeOffset? OldestPendingUtc);
