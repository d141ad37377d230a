using Briefing.News.Digests;
using Microsoft.Extensions.Time.Testing;
using Briefing.Store.Chats;

namespace Briefing.Store.Tests.Chats;

public abstract class SubscriberRepositoryTests<TDatabase> : IDisposable where TDatabase : TestDatabase, new()
{
    private static readonly DateTimeOffset Now = new(2025, 1, 10, 6, 0, 0, TimeSpan.Zero);
    private readonly TDatabase temp = new();
    private readonly SubscriberRepository repository;

    protected SubscriberRepositoryTests() => repository = new SubscriberRepository(temp.Database, new FakeTimeProvider(Now));

    public void Dispose() => temp.Dispose();

    private async Task<SubscriberKey> SubscribedAsync(long chatId, long threadId = 0, params string[] topics)
    {
        var key = new SubscriberKey(chatId, threadId);
        await repository.EnsureAsync(new NewSubscriber(key, chatId > 0 ? "private" : "supergroup", "Chat " + chatId));
        foreach (var topic in topics) await repository.SubscribeAsync(key, topic);
        return key;
    }

    [Fact]
    public async Task A_new_subscriber_has_the_documented_defaults()
    {
        var subscriber = await repository.EnsureAsync(new NewSubscriber(new SubscriberKey(42, 0), "private", "Olena"));
        Assert.Equal("private", subscriber.ChatType);
        Assert.Equal("Olena", subscriber.Title);
        Assert.True(subscriber.IsActive);
        Assert.False(subscriber.IsPaused);
        Assert.Null(subscriber.DeliveryTime);
        Assert.Equal("Europe/Kyiv", subscriber.TimeZone);
        Assert.Null(subscriber.NextDueUtc);
        Assert.Equal(0, subscriber.Watermark);
        Assert.Equal(Now, subscriber.CreatedAt);
        Assert.Empty(subscriber.Topics);
    }

    [Fact]
    public async Task Subscribing_twice_keeps_one_subscription()
    {
        var key = await SubscribedAsync(42);
        Assert.True(await repository.SubscribeAsync(key, "nato-accession"));
        Assert.False(await repository.SubscribeAsync(key, "nato-accession"));
        var subscriber = await repository.GetAsync(key);
        Assert.Equal(["nato-accession"], subscriber!.Topics.Select(t => t.Slug));
    }

    [Fact]
    public async Task A_forum_topic_is_a_subscriber_of_its_own()
    {
        await SubscribedAsync(-100, 0, "victory-plan");
        await SubscribedAsync(-100, 7, "nato-accession");
        Assert.Equal(["victory-plan"], (await repository.GetAsync(new SubscriberKey(-100, 0)))!.Topics.Select(t => t.Slug));
        Assert.Equal(["nato-accession"], (await repository.GetAsync(new SubscriberKey(-100, 7)))!.Topics.Select(t => t.Slug));
    }

    [Fact]
    public async Task Filters_are_stored_per_topic_and_cleared_with_empty_lists()
    {
        var key = await SubscribedAsync(42, 0, "nato-accession", "victory-plan");
        Assert.True(await repository.SetFilterAsync(key, "nato-accession", new TopicFilter(["Summit", "biden"], ["trump"])));
        var topic = (await repository.GetAsync(key))!.Topics.Single(t => t.Slug == "nato-accession");
        Assert.Equal(["biden", "summit"], topic.Filter.Keep);
        Assert.Equal(["trump"], topic.Filter.Drop);
        Assert.False((await repository.GetAsync(key))!.Topics.Single(t => t.Slug == "victory-plan").HasFilter);

        Assert.True(await repository.SetFilterAsync(key, "nato-accession", new TopicFilter([], [])));
        Assert.False((await repository.GetAsync(key))!.Topics.Single(t => t.Slug == "nato-accession").HasFilter);
    }

    [Fact]
    public async Task A_filter_on_a_topic_not_subscribed_is_refused()
    {
        var key = await SubscribedAsync(42, 0, "victory-plan");
        Assert.False(await repository.SetFilterAsync(key, "nato-accession", new TopicFilter(["x"], [])));
    }

    [Fact]
    public async Task Unsubscribing_removes_the_topic_and_its_filter()
    {
        var key = await SubscribedAsync(42, 0, "nato-accession");
        await repository.SetFilterAsync(key, "nato-accession", new TopicFilter(["summit"], []));
        Assert.True(await repository.UnsubscribeAsync(key, "nato-accession"));
        Assert.False(await repository.UnsubscribeAsync(key, "nato-accession"));
        await repository.SubscribeAsync(key, "nato-accession");
        Assert.False((await repository.GetAsync(key))!.Topics.Single().HasFilter);
    }

    [Fact]
    public async Task Only_active_unpaused_subscribers_with_topics_whose_time_has_come_are_due()
    {
        var due = await SubscribedAsync(1, 0, "victory-plan");
        var later = await SubscribedAsync(2, 0, "victory-plan");
        var paused = await SubscribedAsync(3, 0, "victory-plan");
        var blocked = await SubscribedAsync(4, 0, "victory-plan");
        var noTopics = await SubscribedAsync(5);
        var noTime = await SubscribedAsync(6, 0, "victory-plan");
        await repository.SetDeliveryTimeAsync(due, new TimeOnly(7, 0), "Europe/Kyiv", Now.AddMinutes(-1));
        await repository.SetDeliveryTimeAsync(later, new TimeOnly(9, 0), "Europe/Kyiv", Now.AddMinutes(1));
        foreach (var key in new[] { paused, blocked, noTopics }) await repository.SetNextDueAsync(key, Now.AddHours(-1));
        await repository.SetPausedAsync(paused, true);
        await repository.MarkUnavailableAsync(blocked.ChatId, "blocked");

        var page = await repository.ListDueAsync(Now, after: null, limit: 100);

        Assert.Equal([due], page.Select(s => s.Key));
        Assert.Equal(new TimeOnly(7, 0), page[0].DeliveryTime);
        Assert.Equal(["victory-plan"], page[0].Topics.Select(t => t.Slug));
        Assert.DoesNotContain(noTime, page.Select(s => s.Key));
    }

    [Fact]
    public async Task Due_subscribers_come_in_pages_after_the_last_key()
    {
        for (var chat = 1; chat <= 5; chat++)
        {
            var key = await SubscribedAsync(chat, 0, "victory-plan");
            await repository.SetNextDueAsync(key, Now);
        }
        var first = await repository.ListDueAsync(Now, null, 2);
        var second = await repository.ListDueAsync(Now, first[^1].Key, 2);
        var third = await repository.ListDueAsync(Now, second[^1].Key, 2);
        Assert.Equal([1L, 2, 3, 4, 5], first.Concat(second).Concat(third).Select(s => s.Key.ChatId));
    }

    [Fact]
    public async Task Active_subscribers_are_listed_in_pages_with_their_topics()
    {
        await SubscribedAsync(1, 0, "victory-plan", "nato-accession");
        await SubscribedAsync(2, 0, "security-guarantees");
        await SubscribedAsync(3);
        var blocked = await SubscribedAsync(4, 0, "victory-plan");
        await repository.MarkUnavailableAsync(blocked.ChatId, "blocked");

        var first = await repository.ListActiveAsync(null, 1);
        var second = await repository.ListActiveAsync(first[^1].Key, 10);

        Assert.Equal(["nato-accession", "victory-plan"], first.Single().Topics.Select(t => t.Slug));
        Assert.Equal([2L], second.Select(s => s.Key.ChatId));
    }

    [Fact]
    public async Task The_watermark_only_moves_forward()
    {
        var key = await SubscribedAsync(42, 0, "victory-plan");
        await repository.AdvanceWatermarkAsync(key, 10, Now);
        await repository.AdvanceWatermarkAsync(key, 7, Now.AddHours(1));
        var subscriber = await repository.GetAsync(key);
        Assert.Equal(10, subscriber!.Watermark);
        Assert.Equal(Now.AddHours(1), subscriber.LastDigestAt);
    }

    [Fact]
    public async Task Delivery_time_zone_and_next_due_are_stored()
    {
        var key = await SubscribedAsync(42);
        var due = new DateTimeOffset(2025, 1, 11, 5, 30, 0, TimeSpan.Zero);
        await repository.SetDeliveryTimeAsync(key, new TimeOnly(7, 30), "Europe/Berlin", due);
        var subscriber = await repository.GetAsync(key);
        Assert.Equal(new TimeOnly(7, 30), subscriber!.DeliveryTime);
        Assert.Equal("Europe/Berlin", subscriber.TimeZone);
        Assert.Equal(due, subscriber.NextDueUtc);
    }

    [Fact]
    public async Task Forgetting_a_subscriber_deletes_its_topics_and_filters()
    {
        var key = await SubscribedAsync(42, 0, "victory-plan");
        await repository.SetFilterAsync(key, "victory-plan", new TopicFilter(["x"], []));
        Assert.True(await repository.ForgetAsync(key));
        Assert.Null(await repository.GetAsync(key));
        Assert.False(await repository.ForgetAsync(key));
        // Subscribing again starts clean.
        await SubscribedAsync(42, 0, "victory-plan");
        Assert.False((await repository.GetAsync(key))!.Topics.Single().HasFilter);
    }

    [Fact]
    public async Task A_subscriber_that_writes_again_after_being_marked_unavailable_is_active_again()
    {
        var key = await SubscribedAsync(42, 0, "victory-plan");
        Assert.Equal(1, await repository.MarkUnavailableAsync(42, "blocked"));
        var inactive = await repository.GetAsync(key);
        Assert.False(inactive!.IsActive);
        Assert.Equal("blocked", inactive.InactiveReason);

        var again = await repository.EnsureAsync(new NewSubscriber(key, "private", null));
        Assert.True(again.IsActive);
        Assert.Null(again.InactiveReason);
        Assert.Equal("Chat 42", again.Title);
    }

    [Fact]
    public async Task Stats_count_active_paused_and_inactive_subscribers()
    {
        await SubscribedAsync(1, 0, "victory-plan");
        await repository.SetPausedAsync(await SubscribedAsync(2, 0, "victory-plan"), true);
        await SubscribedAsync(3, 0, "victory-plan");
        await repository.MarkUnavailableAsync(3, "blocked");
        Assert.Equal(new SubscriberStats(3, 1, 1, 1), await repository.GetStatsAsync());
    }
}

public sealed class SqliteSubscriberRepositoryTests : SubscriberRepositoryTests<SqliteTestDatabase>;

public sealed class PostgresSubscriberRepositoryTests : SubscriberRepositoryTests<PostgresTestDatabase>;
