using Briefing.News.Digests;
using Briefing.Store.Chats;
using Briefing.Telegram.Sending;
using Briefing.Telegram.Tests.EndToEnd;
using Briefing.Telegram.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Telegram.Tests.Chats;

/// <summary>What the sender learns about chats (blocked, upgraded) reaches the subscriber tables in SQLite through <see cref="IChatLifecycle"/>.</summary>
public sealed class ChatLifecycleTests : IAsyncLifetime
{
    private FakeBotApiServer api = null!;
    private BotUnderTest bot = null!;

    public async Task InitializeAsync()
    {
        api = await FakeBotApiServer.StartAsync();
        // The whole bot runs (polling an empty queue), so the sender and its IChatLifecycle are the ones the worker uses.
        bot = new BotUnderTest(api.BaseUrl, api.Token, new Dictionary<string, string?> { ["Telegram:RetryBaseDelayMilliseconds"] = "10" });
        await bot.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await api.DisposeAsync();
    }

    private async Task<SubscriberKey> SubscribedAsync(long chatId, long threadId = 0)
    {
        var key = new SubscriberKey(chatId, threadId);
        await bot.Subscribers.EnsureAsync(new NewSubscriber(key, chatId > 0 ? "private" : "group", "Chat"));
        await bot.Subscribers.SubscribeAsync(key, "nato-accession");
        await bot.Subscribers.SetFilterAsync(key, "nato-accession", new TopicFilter(["summit"], []));
        return key;
    }

    [Fact]
    public async Task A_user_who_blocked_the_bot_is_marked_inactive()
    {
        var key = await SubscribedAsync(501);
        api.Script("sendMessage", FakeAnswer.BotBlocked(), chatId: 501);

        var result = await bot.Services.GetRequiredService<IMessageSender>().SendAsync(new OutgoingMessage(501, null, "digest"));

        Assert.IsType<SendResult.ChatUnavailable>(result);
        var stored = await bot.Subscribers.GetAsync(key);
        Assert.False(stored!.IsActive);
        Assert.NotNull(stored.InactiveReason);
        Assert.Empty(await bot.Subscribers.ListActiveAsync(null, 10));
    }

    [Fact]
    public async Task A_group_that_became_a_supergroup_keeps_its_subscriptions_and_forum_topics_under_the_new_id()
    {
        var general = await SubscribedAsync(-600);
        var topic = await SubscribedAsync(-600, 9);
        api.Script("sendMessage", FakeAnswer.GroupMigrated(-100600), chatId: -600);

        var result = await bot.Services.GetRequiredService<IMessageSender>().SendAsync(new OutgoingMessage(-600, null, "digest"));

        Assert.Equal(-100600, Assert.IsType<SendResult.Sent>(result).ChatId);
        Assert.Null(await bot.Subscribers.GetAsync(general));
        Assert.Null(await bot.Subscribers.GetAsync(topic));
        foreach (var thread in new long[] { 0, 9 })
        {
            var moved = await bot.Subscribers.GetAsync(new SubscriberKey(-100600, thread));
            Assert.Equal("supergroup", moved!.ChatType);
            Assert.Equal(["summit"], moved.Topics.Single(t => t.Slug == "nato-accession").Filter.Keep);
        }
    }
}
