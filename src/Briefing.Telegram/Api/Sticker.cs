namespace Briefing.Telegram.Api;

/// <summary>A sticker; the bot only notices that a message carries one instead of text.</summary>
public sealed record Sticker(string FileId, string? Emoji = null);
