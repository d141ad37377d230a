using Briefing.Host.Delivery;

namespace Briefing.Host.Health;

/// <summary>What GET /healthz answers: "ok" or "degraded" (scheduler not running, or digests parked as failed), and why.</summary>
public sealed record HealthReport(string Status, SchedulerHealth Scheduler, DeliveryReport Delivery);
