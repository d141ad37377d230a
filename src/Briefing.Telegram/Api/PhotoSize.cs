namespace Briefing.Telegram.Api;

/// <summary>One size of a photo; the bot only notices that a message carries a photo instead of text.</summary>
public sealed record PhotoSize(string FileId, int Width, int Height);
