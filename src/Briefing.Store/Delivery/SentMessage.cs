namespace Briefing.Store.Delivery;

/// <summary>Message number <paramref name="Index"/> of outbox row <paramref name="OutboxId"/> went out as Telegram message <paramref name="TelegramMessageId"/>.</summary>
public sealed record SentMessage(long OutboxId, int Index, long TelegramMessageId);
