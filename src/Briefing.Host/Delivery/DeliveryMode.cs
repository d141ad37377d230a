namespace Briefing.Host.Delivery;

/// <summary>
/// Local mode: no Telegram token and no subscribers in the database, so the console is the one subscriber and digests
/// print to standard output. Without the token but with stored subscribers, digests are queued for them instead.
/// </summary>
public sealed record DeliveryMode(bool IsLocal);
