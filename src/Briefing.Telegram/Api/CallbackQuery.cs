namespace Briefing.Telegram.Api;

/// <summary>A press on an inline keyboard button; answer it with answerCallbackQuery.</summary>
public sealed record CallbackQuery
{
    public required string Id { get; init; }
    public required User From { get; init; }
    public Message? Message { get; init; }
    public string? Data { get; init; }
}
