namespace Briefing.Telegram.Api;

/// <summary>An attached file; the bot only notices that a message carries one instead of text.</summary>
public sealed record Document(string FileId, string? FileName = null, string? MimeType = null);
