using Telegram.Bot.Types.ReplyMarkups;

namespace Briefing.Telegram.Sending;

/// <summary>A message to send: HTML text to a chat (and forum topic), with optional buttons; link previews are off unless asked for.</summary>
public sealed record OutgoingMessage(
    long ChatId,
    int? MessageThreadId,
    string Html,
    InlineKeyboardMarkup? ReplyMarkup = null,
    bool DisableLinkPreview = true);
