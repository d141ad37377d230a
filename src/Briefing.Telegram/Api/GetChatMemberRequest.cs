namespace Briefing.Telegram.Api;

/// <summary>getChatMember: a user's status in a chat, to check that a group member is an administrator.</summary>
public sealed record GetChatMemberRequest(long ChatId, long UserId) : BotRequest<ChatMember>("getChatMember");
