namespace Briefing.Telegram.Api;

/// <summary>A chat message as the Bot API describes it, with only the fields the bot reads.</summary>
public sealed record Message
{
    public required int MessageId { get; init; }
    public int? MessageThreadId { get; init; }
    public User? From { get; init; }
    public required Chat Chat { get; init; }
    /// <summary>Unix time in seconds.</summary>
    public long Date { get; init; }
    public string? Text { get; init; }
    public IReadOnlyList<MessageEntity>? Entities { get; init; }
    public bool? IsTopicMessage { get; init; }
    public long? MigrateToChatId { get; init; }
    public IReadOnlyList<PhotoSize>? Photo { get; init; }
    public Sticker? Sticker { get; init; }
    public Document? Document { get; init; }
    public InlineKeyboardMarkup? ReplyMarkup { get; init; }
}
