namespace Briefing.Telegram.Api;

/// <summary>Extra data on a failed call: how long to wait (429) or where a group moved (400).</summary>
public sealed record ResponseParameters
{
    public int? RetryAfter { get; init; }
    public long? MigrateToChatId { get; init; }
}
