namespace Briefing.Telegram.Api;

/// <summary>editMessageText: replaces the text (and buttons) of a message the bot sent, e.g. after a topic toggle.</summary>
public sealed record EditMessageTextRequest(long ChatId, int MessageId, string Text) : BotRequest<Message>("editMessageText")
{
    public string? ParseMode { get; init; } = "HTML";
    public LinkPreviewOptions? LinkPreviewOptions { get; init; }
    public InlineKeyboardMarkup? ReplyMarkup { get; init; }
}
