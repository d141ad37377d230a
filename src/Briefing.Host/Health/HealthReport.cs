using Briefing.Host.Delivery;

namespace Briefing.Host.Health;

/// <summary>
/// What GET /healthz answers: "ok", "degraded" (scheduler not running, or digests parked as failed), or "failing" with
/// <see cref="Reason"/> when the database cannot be used (then <see cref="Delivery"/> is null: there is nothing to read).
/// </summary>
public sealed record HealthReport(string Status, SchedulerHealth Scheduler, DeliveryReport? Delivery, string? Reason = null);
