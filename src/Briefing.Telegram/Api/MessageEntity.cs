namespace Briefing.Telegram.Api;

/// <summary>A marked span of a message's text, e.g. a "bot_command" at offset 0.</summary>
public sealed record MessageEntity(string Type, int Offset, int Length);
