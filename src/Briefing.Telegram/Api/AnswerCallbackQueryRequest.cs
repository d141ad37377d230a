namespace Briefing.Telegram.Api;

/// <summary>answerCallbackQuery: stops the button's spinner, optionally with a short notice.</summary>
public sealed record AnswerCallbackQueryRequest(string CallbackQueryId) : BotRequest<bool>("answerCallbackQuery")
{
    public string? Text { get; init; }
    public bool? ShowAlert { get; init; }
}
