namespace Briefing.Telegram.Api;

/// <summary>Buttons shown under a message, as rows of buttons.</summary>
public sealed record InlineKeyboardMarkup(IReadOnlyList<IReadOnlyList<InlineKeyboardButton>> InlineKeyboard);
