using Briefing.Store.Chats;
using Briefing.Telegram.Chats;
using Briefing.Telegram.Sending;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Requests;
using Telegram.Bot.Types;

namespace Briefing.Telegram.Commands;

/// <summary>A press on a topic button: toggles the subscription, redraws the buttons, and answers the press with what changed.</summary>
public sealed class TopicButtonHandler(
    ISubscriberRepository subscribers, TopicLookup topics, GroupAdminCheck adminCheck, IMessageSender sender, ITelegramBotClient client, ILogger<TopicButtonHandler> logger)
{
    public async Task HandleAsync(CallbackQuery query, CancellationToken cancellationToken = default)
    {
        var message = query.Message;
        if (message is null || TopicKeyboard.Parse(query.Data) is not var (menu, slug) || topics.Find(slug) is not { } topic)
        {
            // An old button for a topic since removed from config/topics.json, or data from elsewhere.
            await AnswerAsync(query, "That button is out of date; send /topics for the current ones.", cancellationToken);
            return;
        }
        if (await adminCheck.RefusalAsync(message.Chat, query.From, cancellationToken) is { } refusal)
        {
            await AnswerAsync(query, refusal, cancellationToken);
            return;
        }
        var key = new SubscriberKey(message.Chat.Id, CommandContext.ThreadOf(message) ?? 0);
        await subscribers.EnsureAsync(new NewSubscriber(key, CommandContext.TypeName(message.Chat.Type), message.Chat.Title ?? query.From.FirstName), cancellationToken);
        var subscribed = !await subscribers.UnsubscribeAsync(key, topic.Slug, cancellationToken)
            && await subscribers.SubscribeAsync(key, topic.Slug, cancellationToken);
        var now = (await subscribers.GetAsync(key, cancellationToken))?.Topics.Select(t => t.Slug).ToHashSet() ?? [];

        // The sender never throws for Bot API failures: should the redraw fail (or the server lack editMessageText),
        // the subscription has still changed and the answer below says so.
        await sender.EditAsync(message.Chat.Id, message.MessageId, TopicKeyboard.Text(menu, topics.Topics, now),
            TopicKeyboard.For(menu, topics.Topics, now), cancellationToken);
        await AnswerAsync(query, subscribed ? $"Subscribed to {topic.Title}" : $"Unsubscribed from {topic.Title}", cancellationToken);
    }

    private async Task AnswerAsync(CallbackQuery query, string text, CancellationToken cancellationToken)
    {
        try
        {
            await client.SendRequest(new AnswerCallbackQueryRequest { CallbackQueryId = query.Id, Text = text }, cancellationToken);
        }
        catch (RequestException ex)
        {
            logger.LogWarning(ex, "Could not answer button press {CallbackQueryId}", query.Id);
        }
    }
}
