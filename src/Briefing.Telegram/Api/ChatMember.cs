namespace Briefing.Telegram.Api;

/// <summary>A user's membership in a chat; <see cref="Status"/> is "creator", "administrator", "member", "restricted", "left" or "kicked".</summary>
public sealed record ChatMember(string Status, User User);
