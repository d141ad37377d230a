namespace Briefing.Telegram.Api;

/// <summary>One inline button: either sends <see cref="CallbackData"/> back to the bot or opens <see cref="Url"/>.</summary>
public sealed record InlineKeyboardButton(string Text)
{
    public string? CallbackData { get; init; }
    public string? Url { get; init; }
}
