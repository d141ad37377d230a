namespace Briefing.Host.Delivery;

/// <summary>What became of one message: sent (with its message id), the chat unreachable for good, or failed.</summary>
public abstract record SendOutcome
{
    private SendOutcome() { }

    public sealed record Sent(long MessageId) : SendOutcome;

    /// <summary>Blocked, kicked, deleted: retrying cannot help.</summary>
    public sealed record Unreachable(string Reason) : SendOutcome;

    public sealed record Failed(string Error, bool Retryable) : SendOutcome;
}
