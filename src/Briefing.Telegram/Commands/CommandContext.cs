using Briefing.Store.Chats;
using Briefing.Telegram.Sending;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace Briefing.Telegram.Commands;

/// <summary>
/// One command being handled: the message it came in, the parsed command, and the way to answer in the same place (or,
/// for a context made by <see cref="Privately"/>, in the sender's private chat).
/// </summary>
public sealed class CommandContext(Message message, ParsedCommand command, IMessageSender sender, long? privateChatId = null)
{
    public Message Message { get; } = message;

    public ParsedCommand Command { get; } = command;

    public Chat Chat => Message.Chat;

    public bool IsPrivate => Chat.Type == ChatType.Private;

    /// <summary>The subscriber this chat (or forum topic) is: subscriptions made in a forum topic are delivered to that topic.</summary>
    public SubscriberKey Key => new(Chat.Id, ThreadId ?? 0);

    /// <summary>The forum topic the message was posted in; null outside forum topics (Telegram also sets message_thread_id on plain replies).</summary>
    public int? ThreadId => ThreadOf(Message);

    public static int? ThreadOf(Message message) => message.IsTopicMessage ? message.MessageThreadId : null;

    public NewSubscriber AsNewSubscriber() => new(Key, TypeName(Chat.Type), Chat.Title ?? Message.From?.FirstName);

    /// <summary>The Bot API's name of a chat type ("private", "group", "supergroup", "channel"), as the subscriber store keeps it.</summary>
    public static string TypeName(ChatType type) => type.ToString().ToLowerInvariant();

    /// <summary>The same command, answered in the private chat of the user who sent it (their user id is that chat's id).</summary>
    public CommandContext Privately() =>
        new(Message, Command, sender, Message.From?.Id ?? throw new InvalidOperationException("A message without a sender has no private chat."));

    /// <summary>True once a reply to the private chat could not be sent (the user never opened a chat with the bot).</summary>
    public bool PrivateReplyFailed { get; private set; }

    /// <summary>Sends an HTML reply to the chat (and forum topic) the command came from, or to the private chat.</summary>
    public async Task ReplyAsync(string html, InlineKeyboardMarkup? keyboard = null, CancellationToken cancellationToken = default)
    {
        if (privateChatId is not { } privateChat)
        {
            await sender.SendAsync(new OutgoingMessage(Chat.Id, ThreadId, html, keyboard, DisableLinkPreview: true), cancellationToken);
            return;
        }
        var result = await sender.SendAsync(new OutgoingMessage(privateChat, null, html, keyboard, DisableLinkPreview: true), cancellationToken);
        PrivateReplyFailed |= result is not SendResult.Sent;
    }
}
