namespace Briefing.Telegram.Api;

/// <summary>sendMessage: an HTML-formatted text message, optionally into a forum topic and with inline buttons.</summary>
public sealed record SendMessageRequest(long ChatId, string Text) : BotRequest<Message>("sendMessage")
{
    public string? ParseMode { get; init; } = "HTML";
    public int? MessageThreadId { get; init; }
    public LinkPreviewOptions? LinkPreviewOptions { get; init; }
    public InlineKeyboardMarkup? ReplyMarkup { get; init; }
}
