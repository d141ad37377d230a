using Briefing.Telegram.Api;
using Microsoft.Extensions.Logging;

namespace Briefing.Telegram.Updates;

/// <summary>The bot's own username (from getMe at start), so that /cmd@ThisBot is answered and /cmd@OtherBot is not.</summary>
public sealed class BotIdentity(ITelegramBotApi api, TimeProvider time, ILogger<BotIdentity> logger)
{
    /// <summary>Null until <see cref="LearnAsync"/> has succeeded; commands naming any bot are ignored until then.</summary>
    public string? Username { get; private set; }

    /// <summary>Asks getMe until it answers: a wrong token or an unreachable server is logged and retried with backoff, not fatal.</summary>
    public async Task LearnAsync(CancellationToken cancellationToken = default)
    {
        for (var failures = 1; ; failures++)
        {
            try
            {
                var me = await api.SendAsync(new GetMeRequest(), cancellationToken);
                Username = me.Username;
                logger.LogInformation("Bot is @{Username}", me.Username);
                return;
            }
            catch (Exception ex) when (ex is BotApiException or BotTransportException)
            {
                var delay = Backoff.Delay(failures);
                logger.LogWarning(ex, "getMe failed (attempt {Attempt}); retrying in {Delay}", failures, delay);
                await Task.Delay(delay, time, cancellationToken);
            }
        }
    }
}
