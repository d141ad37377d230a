using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Requests;

namespace Briefing.Telegram.Updates;

/// <summary>The bot's own username (from getMe at start), so that /cmd@ThisBot is answered and /cmd@OtherBot is not.</summary>
public sealed class BotIdentity(ITelegramBotClient client, TimeProvider time, ILogger<BotIdentity> logger)
{
    /// <summary>Null until <see cref="LearnAsync"/> has succeeded; commands naming any bot are ignored until then.</summary>
    public string? Username { get; private set; }

    /// <summary>Asks getMe until it answers: an unreachable server is retried with backoff; a rejected token (401) is thrown.</summary>
    public async Task LearnAsync(CancellationToken cancellationToken = default)
    {
        var me = await Backoff.UntilDoneAsync(ct => client.SendRequest(new GetMeRequest(), ct),
            ex => ex is RequestException && !TokenRejection.Means(ex), "learn the bot's name with getMe", logger, time, cancellationToken);
        Username = me.Username;
        logger.LogInformation("Bot is @{Username}", me.Username);
    }
}
