using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Briefing.Store.Chats;

namespace Briefing.Telegram.Tests.EndToEnd;

/// <summary>Groups and forum topics through the emulator: only administrators change subscriptions; a forum topic is a subscriber of its own.</summary>
public sealed class GroupConversationTests(TelegramEmulator emulator) : IClassFixture<TelegramEmulator>, IAsyncLifetime
{
    private const long Group = -1001234;
    private readonly BotUnderTest bot = new(emulator);

    public Task InitializeAsync() => bot.StartAsync();

    public Task DisposeAsync() => bot.DisposeAsync().AsTask();

    // The emulator lacks getChatMember; tests/emulator/server.js answers it for members registered here.
    private async Task SetMemberStatusAsync(long userId, string status) =>
        (await bot.Http.PostAsJsonAsync("/test/chatMember", new JsonObject { ["token"] = bot.Token, ["chatId"] = Group, ["userId"] = userId, ["status"] = status }))
            .EnsureSuccessStatusCode();

    [Fact]
    public async Task Without_getChatMember_a_group_change_is_refused_with_the_reason()
    {
        var member = bot.GroupMember(2001, Group);
        await member.SendAsync("/subscribe nato-accession");
        Assert.Contains("I could not check that you administer this group", (await member.ReplyAsync()).Text);
        Assert.Null(await bot.Subscribers.GetAsync(new SubscriberKey(Group, 0)));
    }

    [Fact]
    public async Task Only_administrators_change_a_groups_subscriptions()
    {
        await SetMemberStatusAsync(2002, "member");
        await SetMemberStatusAsync(2003, "administrator");
        var member = bot.GroupMember(2002, Group);
        await member.SendAsync("/subscribe nato-accession");
        Assert.Contains("Only this group's administrators can change its subscriptions.", (await member.ReplyAsync()).Text);

        var admin = bot.GroupMember(2003, Group);
        await admin.SendAsync("/subscribe@TestNameBot nato-accession");
        Assert.Contains("Subscribed to <b>NATO accession</b>", (await admin.ReplyAsync()).Text);
        var stored = await bot.Subscribers.GetAsync(new SubscriberKey(Group, 0));
        Assert.Equal("supergroup", stored!.ChatType);
        Assert.Equal(["nato-accession"], stored.Topics.Select(t => t.Slug));

        // Reading commands are for everyone; plain chatter in a group gets no answer.
        await member.SendAsync("just talking");
        await member.SendAsync("/subscriptions");
        Assert.Contains("NATO accession", (await member.ReplyAsync()).Text);
        Assert.Empty(await member.UnreadAsync());
    }

    [Fact]
    public async Task A_subscription_made_in_a_forum_topic_belongs_to_that_topic_and_is_answered_there()
    {
        await SetMemberStatusAsync(2004, "creator");
        var inTopic = bot.GroupMember(2004, Group, threadId: 42);
        await inTopic.SendAsync("/subscribe victory-plan");
        var reply = await inTopic.ReplyAsync();
        Assert.Contains("Subscribed to <b>Victory plan</b>", reply.Text);
        Assert.Equal(42, reply.ThreadId);

        Assert.Equal(["victory-plan"], (await bot.Subscribers.GetAsync(new SubscriberKey(Group, 42)))!.Topics.Select(t => t.Slug));
        Assert.Null(await bot.Subscribers.GetAsync(new SubscriberKey(Group, 0)));
    }

    [Fact]
    public async Task Admin_stats_sent_in_a_group_is_answered_in_the_operators_private_chat_and_the_group_is_told_so()
    {
        var inGroup = bot.GroupMember(BotUnderTest.OperatorId, Group);
        await inGroup.SendAsync("/admin stats");

        Assert.Equal("Sent to you in a private chat.", (await inGroup.ReplyAsync()).Text);
        var privately = await bot.User(BotUnderTest.OperatorId).ReplyAsync();
        Assert.StartsWith("<b>Stats</b>", privately.Text);
        Assert.Contains("Subscribers: ", privately.Text);
        Assert.Empty(await inGroup.UnreadAsync());
    }
}
