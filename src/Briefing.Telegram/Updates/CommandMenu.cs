using Briefing.Telegram.Commands;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Requests;

namespace Briefing.Telegram.Updates;

/// <summary>Registers the command list with setMyCommands; a server without that method (an emulator) is logged, not fatal. Never throws.</summary>
public sealed class CommandMenu(ITelegramBotClient client, CommandRouter router, ILogger<CommandMenu> logger)
{
    public async Task RegisterAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await client.SendRequest(new SetMyCommandsRequest { Commands = router.Menu }, cancellationToken);
        }
        catch (RequestException ex)
        {
            logger.LogWarning(ex, "Could not register the command menu with setMyCommands; the commands still work");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping before the menu was registered: the next start registers it.
        }
    }
}
