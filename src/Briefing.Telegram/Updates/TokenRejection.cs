using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Exceptions;

namespace Briefing.Telegram.Updates;

/// <summary>
/// Telegram answering 401 to the bot's own start-up calls means the token is wrong or revoked: no retry can help, so
/// the worker stops with one line that says what to fix, and <c>briefing run</c> exits 1.
/// </summary>
public sealed class TokenRejection(IHostApplicationLifetime lifetime, ILogger<TokenRejection> logger)
{
    private int _rejected;

    /// <summary>Telegram rejected the token; the worker is stopping.</summary>
    public bool Happened => Volatile.Read(ref _rejected) == 1;

    public static bool Means(Exception exception) => exception is ApiRequestException { ErrorCode: 401 };

    public void StopWorker(string method)
    {
        Volatile.Write(ref _rejected, 1);
        // The message never quotes the token.
        logger.LogCritical("Telegram rejected the bot token (401 Unauthorized on {Method}): set Telegram:Token to the token BotFather gives; stopping", method);
        lifetime.StopApplication();
    }
}
