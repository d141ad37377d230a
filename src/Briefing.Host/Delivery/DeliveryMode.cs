namespace Briefing.Host.Delivery;

/// <summary>Local mode (no Telegram token): the console is the one subscriber and digests print to standard output.</summary>
public sealed record DeliveryMode(bool IsLocal);
