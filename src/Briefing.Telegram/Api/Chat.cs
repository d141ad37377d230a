namespace Briefing.Telegram.Api;

/// <summary>A chat: private (positive id), group, supergroup or channel (negative ids).</summary>
public sealed record Chat
{
    public required long Id { get; init; }
    /// <summary>"private", "group", "supergroup" or "channel".</summary>
    public required string Type { get; init; }
    public string? Title { get; init; }
    public string? Username { get; init; }
    public bool? IsForum { get; init; }
}
