using Briefing.News.Digests;
using Briefing.Store.Chats;
using static Briefing.Telegram.Commands.BotText;

namespace Briefing.Telegram.Commands;

/// <summary>/start, /topics, /subscribe, /unsubscribe, /subscriptions and /filter: which topics a chat receives.</summary>
public sealed class SubscriptionCommands(ISubscriberRepository subscribers, TopicLookup topics)
{
    public async Task StartAsync(CommandContext context, CancellationToken cancellationToken)
    {
        // A user who blocked the bot and comes back presses "Restart", which sends /start: deliver to them again.
        if (await subscribers.GetAsync(context.Key, cancellationToken) is { IsActive: false })
            await subscribers.EnsureAsync(context.AsNewSubscriber(), cancellationToken);
        var subscribed = await SubscribedAsync(context.Key, cancellationToken);
        await context.ReplyAsync(TopicKeyboard.Text(TopicKeyboard.StartMenu, topics.Topics, subscribed),
            TopicKeyboard.For(TopicKeyboard.StartMenu, topics.Topics, subscribed), cancellationToken);
    }

    public async Task TopicsAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var subscribed = await SubscribedAsync(context.Key, cancellationToken);
        await context.ReplyAsync(TopicKeyboard.Text(TopicKeyboard.TopicsMenu, topics.Topics, subscribed),
            TopicKeyboard.For(TopicKeyboard.TopicsMenu, topics.Topics, subscribed), cancellationToken);
    }

    public async Task SubscribeAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (context.Command.ArgumentText.Length == 0)
        {
            await context.ReplyAsync("Which topic? Send /subscribe &lt;topic&gt;, e.g. <code>/subscribe " + Escape(topics.Topics[0].Slug) + "</code>. /topics lists them.", cancellationToken: cancellationToken);
            return;
        }
        var topic = topics.Find(context.Command.ArgumentText);
        if (topic is null)
        {
            await context.ReplyAsync(UnknownTopic(context.Command.ArgumentText, topics), cancellationToken: cancellationToken);
            return;
        }
        await subscribers.EnsureAsync(context.AsNewSubscriber(), cancellationToken);
        var added = await subscribers.SubscribeAsync(context.Key, topic.Slug, cancellationToken);
        await context.ReplyAsync(added
            ? $"Subscribed to {Topic(topic)}. /subscriptions shows all your topics."
            : $"You are already subscribed to {Topic(topic)}.", cancellationToken: cancellationToken);
    }

    public async Task UnsubscribeAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var argument = context.Command.ArgumentText;
        if (argument.Length == 0)
        {
            await context.ReplyAsync("Which topic? Send /unsubscribe &lt;topic&gt;, or <code>/unsubscribe all</code>.", cancellationToken: cancellationToken);
            return;
        }
        if (argument.Equals("all", StringComparison.OrdinalIgnoreCase))
        {
            var removed = await subscribers.UnsubscribeAllAsync(context.Key, cancellationToken);
            await context.ReplyAsync(removed == 0 ? "You had no subscriptions." : $"Unsubscribed from all {removed} topic(s).", cancellationToken: cancellationToken);
            return;
        }
        var topic = topics.Find(argument);
        if (topic is null)
        {
            await context.ReplyAsync(UnknownTopic(argument, topics), cancellationToken: cancellationToken);
            return;
        }
        var wasSubscribed = await subscribers.UnsubscribeAsync(context.Key, topic.Slug, cancellationToken);
        await context.ReplyAsync(wasSubscribed ? $"Unsubscribed from {Topic(topic)}." : $"You were not subscribed to {Topic(topic)}.", cancellationToken: cancellationToken);
    }

    public async Task SubscriptionsAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var subscriber = await subscribers.GetAsync(context.Key, cancellationToken);
        if (subscriber is null || subscriber.Topics.Count == 0)
        {
            await context.ReplyAsync("You have no subscriptions yet. /topics lists the topics; tap one to subscribe.", cancellationToken: cancellationToken);
            return;
        }
        var lines = subscriber.Topics.Select(t =>
        {
            var title = topics.Find(t.Slug) is { } topic ? Topic(topic) : $"<code>{Escape(t.Slug)}</code>";
            var filter = t.HasFilter ? " filter: " + Escape(t.Filter.Typed) : "";
            return "• " + title + filter;
        });
        await context.ReplyAsync("<b>Your topics</b>\n" + string.Join("\n", lines) + "\n\n" + DeliveryCommands.DescribeDelivery(subscriber), cancellationToken: cancellationToken);
    }

    public async Task FilterAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var arguments = context.Command.Arguments;
        const string usage = "Send <code>/filter &lt;topic&gt; +word -word</code> to keep only articles that have every +word and drop those with any -word, or <code>/filter &lt;topic&gt; clear</code>.";
        if (arguments.Count < 2)
        {
            await context.ReplyAsync(usage, cancellationToken: cancellationToken);
            return;
        }
        var topic = topics.Find(arguments[0]);
        if (topic is null)
        {
            await context.ReplyAsync(UnknownTopic(arguments[0], topics), cancellationToken: cancellationToken);
            return;
        }
        var clear = arguments.Count == 2 && arguments[1].Equals("clear", StringComparison.OrdinalIgnoreCase);
        TopicFilter? filter = TopicFilter.None;
        if (!clear && !FilterArguments.TryParse(arguments.Skip(1), out filter, out var error))
        {
            await context.ReplyAsync(Escape(error) + "\n" + usage, cancellationToken: cancellationToken);
            return;
        }
        if (!await subscribers.SetFilterAsync(context.Key, topic.Slug, filter, cancellationToken))
        {
            await context.ReplyAsync($"You are not subscribed to {Topic(topic)}. Subscribe first: <code>/subscribe {Escape(topic.Slug)}</code>", cancellationToken: cancellationToken);
            return;
        }
        await context.ReplyAsync(clear ? $"Filter of {Topic(topic)} cleared." : $"Filter of {Topic(topic)} set: {Escape(filter.Typed)}", cancellationToken: cancellationToken);
    }

    private async Task<IReadOnlySet<string>> SubscribedAsync(SubscriberKey key, CancellationToken cancellationToken) =>
        (await subscribers.GetAsync(key, cancellationToken))?.Topics.Select(t => t.Slug).ToHashSet() ?? [];
}
