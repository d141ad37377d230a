namespace Briefing.Host.Feeds;

/// <summary>What fetching one address gave: a body, "not modified", or a one-line problem (with the server's Retry-After, if any).</summary>
/// <param name="MovedTo">Where the address moved permanently: the target of the last 301/308 before any temporary redirect; null when it did not move.</param>
public sealed record FetchResult(
    FetchOutcome Outcome,
    byte[]? Body = null,
    string? Charset = null,
    string? ETag = null,
    string? LastModified = null,
    string? Problem = null,
    DateTimeOffset? RetryAfterUtc = null,
    Uri? MovedTo = null)
{
    public static FetchResult Failed(string problem, DateTimeOffset? retryAfterUtc = null) => new(FetchOutcome.Failed, Problem: problem, RetryAfterUtc: retryAfterUtc);
}

/// <summary>How a fetch ended.</summary>
public enum FetchOutcome
{
    Ok,
    NotModified,
    Failed,
}
