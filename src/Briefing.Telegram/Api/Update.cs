namespace Briefing.Telegram.Api;

/// <summary>One incoming update from getUpdates or a webhook call; exactly one of the optional parts is set.</summary>
public sealed record Update
{
    public required long UpdateId { get; init; }
    public Message? Message { get; init; }
    public Message? EditedMessage { get; init; }
    public CallbackQuery? CallbackQuery { get; init; }
    public Message? ChannelPost { get; init; }
    public ChatMemberUpdated? MyChatMember { get; init; }
}
