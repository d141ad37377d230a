namespace Briefing.Telegram;

/// <summary>How the bot receives updates.</summary>
public enum TelegramMode
{
    /// <summary>getUpdates long polling (default; needs no public address).</summary>
    Polling,
    /// <summary>Telegram POSTs updates to <see cref="TelegramOptions.WebhookUrl"/>.</summary>
    Webhook,
}
