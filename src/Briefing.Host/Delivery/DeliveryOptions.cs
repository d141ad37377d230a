namespace Briefing.Host.Delivery;

/// <summary>How digest runs page through subscribers and how the dispatcher drains the outbox (section Delivery).</summary>
public sealed class DeliveryOptions
{
    public const string Section = "Delivery";

    /// <summary>Subscribers rendered and written per outbox transaction.</summary>
    public int PageSize { get; set; } = 500;

    /// <summary>Digests sent at once; also the bound on duplicate messages after a crash (one per digest in flight).</summary>
    public int Concurrency { get; set; } = 8;

    /// <summary>Due outbox rows read per batch.</summary>
    public int BatchSize { get; set; } = 200;

    /// <summary>Attempts before a digest is parked as failed.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>First retry delay; doubles per attempt up to RetryMaxSeconds.</summary>
    public int RetryBaseSeconds { get; set; } = 30;

    public int RetryMaxSeconds { get; set; } = 1800;

    /// <summary>
    /// How long a worker's claim on the outbox rows it is sending lasts; it is renewed every third of this while they are
    /// sent. When a worker dies, its rows wait this long before another worker takes them over.
    /// </summary>
    public int ClaimSeconds { get; set; } = 15;

    /// <summary>How often an idle dispatcher looks for due rows (it is also woken when a run queues digests).</summary>
    public int PollMilliseconds { get; set; } = 1000;
}
