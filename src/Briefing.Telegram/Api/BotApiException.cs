namespace Briefing.Telegram.Api;

/// <summary>Telegram answered a call with ok=false; callers branch on <see cref="ErrorCode"/> and the parameters, never on the message.</summary>
public sealed class BotApiException(
    string method, int errorCode, string description, TimeSpan? retryAfter = null, long? migrateToChatId = null)
    : Exception($"Bot API {method} failed with {errorCode}: {description}")
{
    public string Method { get; } = method;
    public int ErrorCode { get; } = errorCode;
    public string Description { get; } = description;
    /// <summary>From a 429 answer: how long Telegram asks to wait before the next call.</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;
    /// <summary>From a 400 answer: the supergroup a group was upgraded to.</summary>
    public long? MigrateToChatId { get; } = migrateToChatId;
}
