namespace Briefing.Telegram.Api;

/// <summary>A change of the bot's own membership in a chat (added to a group, blocked, kicked).</summary>
public sealed record ChatMemberUpdated
{
    public required Chat Chat { get; init; }
    public required User From { get; init; }
    public long Date { get; init; }
    public required ChatMember OldChatMember { get; init; }
    public required ChatMember NewChatMember { get; init; }
}
