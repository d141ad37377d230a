namespace Briefing.Telegram.Api;

/// <summary>getMe: the bot's own user, used to learn its username (for /cmd@BotName) and to check the token.</summary>
public sealed record GetMeRequest() : BotRequest<User>("getMe");
