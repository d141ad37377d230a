using Briefing.Store.Chats;
using Briefing.Telegram.Sending;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace Briefing.Telegram.Commands;

/// <summary>One command being handled: the message it came in, the parsed command, and the way to answer in the same place.</summary>
public sealed class CommandContext(Message message, ParsedCommand command, IMessageSender sender)
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

    /// <summary>Sends an HTML reply to the chat (and forum topic) the command came from.</summary>
    public Task ReplyAsync(string html, InlineKeyboardMarkup? keyboard = null, CancellationToken cancellationToken = default) =>
        sender.SendAsync(new OutgoingMessage(Chat.Id, ThreadId, html, keyboard, DisableLinkPreview: true), cancellationToken);
}
