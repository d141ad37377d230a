using System.Net;
using Telegram.Bot.Exceptions;

namespace Briefing.Telegram.Sending;

/// <summary>
/// What a Bot API failure means, decided from the library's exceptions: <see cref="ApiRequestException"/> when Telegram
/// answered ok=false (its ErrorCode and Parameters), a plain <see cref="RequestException"/> when no readable answer came.
/// </summary>
internal static class BotApiErrors
{
    /// <summary>Telegram answered HTTP 200 but the body could not be read (e.g. an emulator's millisecond date): the call was accepted, so it must not be made again.</summary>
    public static bool WasAccepted(RequestException exception) =>
        exception is not ApiRequestException && exception.HttpStatusCode == HttpStatusCode.OK;

    /// <summary>Worth retrying soon: no usable answer, a server error, or a flood wait short enough to sit out.</summary>
    public static bool IsTransient(Exception exception, TimeSpan maxRetryAfter) => exception switch
    {
        ApiRequestException { ErrorCode: >= 500 } => true,
        ApiRequestException { ErrorCode: 429 } tooMany => RetryAfter(tooMany) <= maxRetryAfter,
        ApiRequestException => false,
        RequestException failure => !WasAccepted(failure),
        _ => false,
    };

    public static TimeSpan RetryAfter(ApiRequestException tooMany) => TimeSpan.FromSeconds(tooMany.Parameters?.RetryAfter ?? 1);

    /// <summary>The chat is closed to the bot for good: every 403 (blocked, kicked, user deactivated), and a 400 for a chat that does not exist.</summary>
    public static bool MeansChatUnavailable(ApiRequestException error) =>
        error.ErrorCode == 403
        // A 400 has no parameter that tells "chat not found" from a malformed message, so this one case reads the
        // description; the other chat-level 400, a group upgrade, is told by its migrate_to_chat_id parameter.
        || (error.ErrorCode == 400 && error.Message.Contains("chat not found", StringComparison.OrdinalIgnoreCase));
}
