namespace Briefing.Telegram.Sending;

/// <summary>How a send ended: <see cref="Sent"/>, <see cref="ChatUnavailable"/> (the chat is marked inactive), or <see cref="Failed"/>.</summary>
public abstract record SendResult
{
    private SendResult()
    {
    }

    /// <summary>The message id of a message Telegram accepted with an answer that could not be read.</summary>
    public const int UnknownMessageId = 0;

    /// <summary>Delivered. <paramref name="ChatId"/> is where it went, which differs from the requested chat after a group migration; <paramref name="MessageId"/> is <see cref="UnknownMessageId"/> when Telegram's answer could not be read.</summary>
    public sealed record Sent(long ChatId, int MessageId, int Attempts) : SendResult;

    /// <summary>The chat cannot be written to (bot blocked or kicked, user deactivated, chat gone); it has been marked unavailable.</summary>
    public sealed record ChatUnavailable(long ChatId, int ErrorCode, string Reason) : SendResult;

    /// <summary>Not delivered. <paramref name="Retryable"/>: worth sending again later (server or network trouble, a long flood wait); otherwise Telegram rejected the message itself. <paramref name="ErrorCode"/> is null when no Bot API answer came.</summary>
    public sealed record Failed(int? ErrorCode, string Description, bool Retryable, int Attempts) : SendResult;
}
