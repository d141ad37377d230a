namespace Briefing.Store.Delivery;

/// <summary>The states of an outbox row, as stored.</summary>
public static class OutboxStatus
{
    public const string Pending = "pending";
    public const string Sent = "sent";
    /// <summary>Retries used up: parked for operators (`briefing deliveries --failed`, `/admin failed`).</summary>
    public const string Failed = "failed";
    /// <summary>The chat blocked the bot or is gone; the sender has marked it inactive.</summary>
    public const string Undeliverable = "undeliverable";
}
