using Briefing.Telegram.Api;

namespace Briefing.Telegram.Sending;

/// <summary>What a Bot API failure means for a send, decided from the error code and parameters.</summary>
internal static class BotApiErrors
{
    /// <summary>Worth retrying soon: no usable answer, a server error, or a flood wait short enough to sit out.</summary>
    public static bool IsTransient(Exception exception, TimeSpan maxRetryAfter) => exception switch
    {
        BotTransportException => true,
        BotApiException { ErrorCode: >= 500 } => true,
        BotApiException { ErrorCode: 429 } tooMany => RetryAfter(tooMany) <= maxRetryAfter,
        _ => false,
    };

    public static TimeSpan RetryAfter(BotApiException tooMany) => tooMany.RetryAfter ?? TimeSpan.FromSeconds(1);

    /// <summary>The chat is closed to the bot for good: every 403 (blocked, kicked, user deactivated), and a 400 for a chat that does not exist.</summary>
    public static bool MeansChatUnavailable(BotApiException error) =>
        error.ErrorCode == 403
        // A 400 has no parameter that tells "chat not found" from a malformed message, so this one case reads the
        // description; the other chat-level 400, a group upgrade, is told by its migrate_to_chat_id parameter.
        || (error.ErrorCode == 400 && error.Description.Contains("chat not found", StringComparison.OrdinalIgnoreCase));
}
