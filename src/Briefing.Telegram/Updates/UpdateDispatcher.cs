using Briefing.Telegram.Commands;
using Briefing.Telegram.Sending;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Briefing.Telegram.Updates;

/// <summary>Handles one update: commands, button presses, chat migrations and removals. Nothing a handler throws escapes it but the cancellation of its own token.</summary>
public sealed class UpdateDispatcher(
    CommandRouter router,
    TopicButtonHandler buttons,
    IChatLifecycle lifecycle,
    IMessageSender sender,
    BotIdentity identity,
    ILogger<UpdateDispatcher> logger)
{
    /// <summary>Longer texts get a short reply instead of being parsed (commands are short; Telegram allows 4096).</summary>
    public const int MaxTextLength = 1000;

    /// <summary>The update kinds routed here, asked for by both getUpdates and setWebhook.</summary>
    public static readonly IReadOnlyList<UpdateType> HandledKinds = [UpdateType.Message, UpdateType.CallbackQuery, UpdateType.MyChatMember];

    /// <summary>The longest one update may take; a handler still running then is cancelled.</summary>
    public static readonly TimeSpan HandlerTimeout = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan ApologyTimeout = TimeSpan.FromSeconds(10);

    public async Task HandleAsync(Update update, CancellationToken cancellationToken = default)
    {
        try
        {
            await RouteAsync(update, cancellationToken);
        }
        catch (Exception ex) when (!(ex is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            // Errors are decided per kind inside the handlers; what reaches here is a bug or an outage, and the user hears about it.
            logger.LogError(ex, "Update {UpdateId} failed", update.Id);
            await ApologizeAsync(update);
        }
    }

    private async Task RouteAsync(Update update, CancellationToken cancellationToken)
    {
        if (update.Message is { } message) await OnMessageAsync(message, cancellationToken);
        else if (update.CallbackQuery is { } query) await buttons.HandleAsync(query, cancellationToken);
        else if (update.MyChatMember is { } member && member.NewChatMember.Status is ChatMemberStatus.Kicked or ChatMemberStatus.Left)
            await lifecycle.MarkUnavailableAsync(member.Chat.Id, member.NewChatMember.Status == ChatMemberStatus.Kicked && member.Chat.Type == ChatType.Private ? "blocked" : "removed", cancellationToken);
        // Edited messages and channel posts need no answer.
    }

    private async Task OnMessageAsync(Message message, CancellationToken cancellationToken)
    {
        if (message.MigrateToChatId is { } newChatId)
        {
            await lifecycle.MigrateAsync(message.Chat.Id, newChatId, cancellationToken);
            return;
        }
        var isPrivate = message.Chat.Type == ChatType.Private;
        if (message.Text is not { } text)
        {
            // In groups the bot sees others' photos and stickers; only a private chat is talking to it.
            if (isPrivate) await ReplyAsync(message, "I read text commands only. /help lists them.", cancellationToken);
            return;
        }
        var command = CommandParser.Parse(text);
        if (command is not null && !command.IsAddressedTo(identity.Username)) return;
        if (text.Length > MaxTextLength)
        {
            if (isPrivate || command is not null)
                await ReplyAsync(message, $"That message is too long for me ({text.Length} characters). Commands are short: /help lists them.", cancellationToken);
            return;
        }
        if (command is null)
        {
            if (isPrivate) await ReplyAsync(message, "I answer commands: /help lists them. To search the articles, send /search and your words.", cancellationToken);
            return;
        }
        await router.HandleAsync(message, command, cancellationToken);
    }

    private Task ReplyAsync(Message message, string html, CancellationToken cancellationToken) =>
        sender.SendAsync(new OutgoingMessage(message.Chat.Id, CommandContext.ThreadOf(message), html, null, DisableLinkPreview: true), cancellationToken);

    private async Task ApologizeAsync(Update update)
    {
        var message = update.Message ?? update.CallbackQuery?.Message;
        if (message is null || message.MigrateToChatId is not null) return;
        // The handler's token may be the one that ran out; the apology gets its own short time.
        using var timeout = new CancellationTokenSource(ApologyTimeout);
        try
        {
            await ReplyAsync(message, "Sorry, something went wrong on my side. Please try again in a minute.", timeout.Token);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Could not apologise for update {UpdateId}", update.Id);
        }
    }
}
