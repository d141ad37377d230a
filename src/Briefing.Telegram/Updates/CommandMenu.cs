using Briefing.Telegram.Api;
using Briefing.Telegram.Commands;
using Microsoft.Extensions.Logging;

namespace Briefing.Telegram.Updates;

/// <summary>Registers the command list with setMyCommands; a server without that method (an emulator) is logged, not fatal. Never throws.</summary>
public sealed class CommandMenu(ITelegramBotApi api, CommandRouter router, ILogger<CommandMenu> logger)
{
    public async Task RegisterAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await api.SendAsync(new SetMyCommandsRequest(router.Menu), cancellationToken);
        }
        catch (Exception ex) when (ex is BotApiException or BotTransportException)
        {
            logger.LogWarning(ex, "Could not register the command menu with setMyCommands; the commands still work");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping before the menu was registered: the next start registers it.
        }
    }
}
