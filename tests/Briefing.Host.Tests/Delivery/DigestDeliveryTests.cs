using Briefing.Host.Delivery;
using Briefing.Store.Chats;
using Briefing.Store.Delivery;
using Briefing.Store.Schedules;
using Briefing.Telegram.Sending;

namespace Briefing.Host.Tests.Delivery;

public sealed class DigestDeliveryTests : IDisposable
{
    private readonly DeliveryFixture f = new(new DeliveryOptions { PollMilliseconds = 10, PageSize = 2, MaxAttempts = 3, RetryBaseSeconds = 30 });

    public void Dispose() => f.Dispose();

    private Schedule Morning => new("morning", "0 0 8 * * ?", "Europe/Kyiv", null, "standard", null, false, f.Time.GetUtcNow(), f.Time.GetUtcNow());

    private void Subscribe(long chatId, params string[] topics) => f.Subscribers.Add(new DeliverySubscriber(new SubscriberKey(chatId, 0), topics, 0));

    [Fact]
    public async Task Each_subscriber_gets_one_digest_with_only_their_topics()
    {
        Subscribe(1, "markets");
        Subscribe(2, "energy", "markets");
        Subscribe(3, "sport");
        f.Digests.Publish(5, "markets");
        f.Digests.Publish(6, "energy");

        var result = await f.Writer.RunScheduleAsync(Morning, "p1", "schedule");
        await f.Dispatcher.DrainAsync();

        Assert.Equal(2, result.Queued);
        Assert.Equal(["<b>markets</b>: 5"], f.Sender.MessagesTo(1));
        Assert.Equal(["<b>energy</b>: 6", "<b>markets</b>: 5"], f.Sender.MessagesTo(2));
        Assert.Empty(f.Sender.MessagesTo(3));
    }

    [Fact]
    public async Task A_retried_run_for_the_same_period_posts_nothing_twice()
    {
        Subscribe(1, "markets");
        f.Digests.Publish(5, "markets");

        await f.Writer.RunScheduleAsync(Morning, "p1", "schedule");
        await f.Dispatcher.DrainAsync();
        f.Digests.Publish(7, "markets");
        var retry = await f.Writer.RunScheduleAsync(Morning, "p1", "schedule");
        await f.Dispatcher.DrainAsync();

        Assert.True(retry.AlreadyFinished);
        Assert.Single(f.Sender.MessagesTo(1));
    }

    [Fact]
    public async Task A_run_interrupted_after_its_first_page_resumes_after_the_cursor()
    {
        for (var chat = 1; chat <= 5; chat++) Subscribe(chat, "markets");
        f.Digests.Publish(5, "markets");
        // A crash after the first page: the run row and its first page are in, the rest is not.
        var run = await f.Runs.BeginAsync("morning", "p1", "schedule", f.Time.GetUtcNow());
        await f.Runs.AppendAsync(run.Id, [new OutboxEntry(new(1, 0), "", 5, ["<b>markets</b>: 5"]), new OutboxEntry(new(2, 0), "", 5, ["<b>markets</b>: 5"])], new(2, 0), f.Time.GetUtcNow());
        var rendersBefore = f.Digests.Renders;

        var resumed = await f.Writer.RunScheduleAsync(Morning, "p1", "schedule");
        await f.Dispatcher.DrainAsync();

        Assert.Equal(3, resumed.Queued);
        Assert.Equal(3, resumed.Subscribers);
        for (var chat = 1; chat <= 5; chat++) Assert.Single(f.Sender.MessagesTo(chat));
        Assert.Equal(1, f.Digests.Renders - rendersBefore); // the same topics and watermark render once per run
    }

    [Fact]
    public async Task The_watermark_advances_only_once_the_whole_digest_is_sent()
    {
        Subscribe(1, "energy", "markets");
        f.Digests.Publish(5, "markets");
        f.Digests.Publish(6, "energy");
        f.Sender.Fault = (_, message) => message.Contains("markets") ? new SendResult.Failed(500, "Internal Server Error", Retryable: true, Attempts: 1) : null;

        await f.Writer.RunScheduleAsync(Morning, "p1", "schedule");
        await f.Dispatcher.DrainAsync();

        Assert.Equal(["<b>energy</b>: 6"], f.Sender.MessagesTo(1));
        Assert.Equal(0, f.Subscribers.Get(1).WatermarkArticleId);

        f.Sender.Fault = null;
        f.Time.Advance(TimeSpan.FromMinutes(1));
        await f.Dispatcher.DrainAsync();

        // The retry resumes at the message that failed: the first is not sent again.
        Assert.Equal(["<b>energy</b>: 6", "<b>markets</b>: 5"], f.Sender.MessagesTo(1));
        Assert.Equal(6, f.Subscribers.Get(1).WatermarkArticleId);
    }

    [Fact]
    public async Task A_failing_digest_retries_with_backoff_then_parks_as_failed()
    {
        Subscribe(1, "markets");
        f.Digests.Publish(5, "markets");
        var attempts = 0;
        f.Sender.Fault = (_, _) => { attempts++; return new SendResult.Failed(502, "Bad Gateway", Retryable: true, Attempts: 1); };
        await f.Writer.RunScheduleAsync(Morning, "p1", "schedule");

        await f.Dispatcher.DrainAsync();
        await f.Dispatcher.DrainAsync();
        Assert.Equal(1, attempts); // the retry waits its backoff (30 s)

        f.Time.Advance(TimeSpan.FromSeconds(30));
        await f.Dispatcher.DrainAsync();
        f.Time.Advance(TimeSpan.FromSeconds(59));
        await f.Dispatcher.DrainAsync();
        Assert.Equal(2, attempts); // the second retry waits twice as long

        f.Time.Advance(TimeSpan.FromSeconds(1));
        await f.Dispatcher.DrainAsync();
        f.Time.Advance(TimeSpan.FromDays(1));
        await f.Dispatcher.DrainAsync();

        Assert.Equal(3, attempts);
        var parked = Assert.Single(await f.Outbox.ListAsync(failedOnly: true, 10));
        Assert.Equal(OutboxStatus.Failed, parked.Status);
        Assert.Equal("502 Bad Gateway", parked.LastError);
        Assert.Equal(0, f.Subscribers.Get(1).WatermarkArticleId);
    }

    [Fact]
    public async Task A_failed_digest_leaves_its_articles_for_the_next_one()
    {
        Subscribe(1, "markets");
        f.Digests.Publish(5, "markets");
        f.Sender.Fault = (_, _) => new SendResult.Failed(400, "Bad Request: can't parse entities", Retryable: false, Attempts: 1);
        await f.Writer.RunScheduleAsync(Morning, "p1", "schedule");
        await f.Dispatcher.DrainAsync();

        f.Sender.Fault = null;
        f.Digests.Publish(8, "markets");
        await f.Writer.RunScheduleAsync(Morning, "p2", "schedule");
        await f.Dispatcher.DrainAsync();

        Assert.Equal(["<b>markets</b>: 5,8"], f.Sender.MessagesTo(1));
    }

    [Fact]
    public async Task A_queued_digest_is_not_repeated_by_the_next_run_and_nothing_new_sends_nothing()
    {
        Subscribe(1, "markets");
        f.Digests.Publish(5, "markets");

        await f.Writer.RunScheduleAsync(Morning, "p1", "schedule");
        var second = await f.Writer.RunScheduleAsync(Morning, "p2", "schedule"); // before the first was sent
        await f.Dispatcher.DrainAsync();
        var third = await f.Writer.RunScheduleAsync(Morning, "p3", "schedule");

        Assert.Equal(0, second.Queued);
        Assert.Equal(0, third.Queued);
        Assert.Single(f.Sender.MessagesTo(1));
    }

    [Fact]
    public async Task An_unreachable_chat_drops_its_digest_without_retrying()
    {
        Subscribe(1, "markets");
        f.Digests.Publish(5, "markets");
        var attempts = 0;
        f.Sender.Fault = (_, _) => { attempts++; return new SendResult.ChatUnavailable(0, 403, "Forbidden: bot was blocked by the user"); };

        await f.Writer.RunScheduleAsync(Morning, "p1", "schedule");
        await f.Dispatcher.DrainAsync();
        f.Time.Advance(TimeSpan.FromDays(1));
        await f.Dispatcher.DrainAsync();

        Assert.Equal(1, attempts);
        Assert.Equal(1, (await f.Outbox.CountAsync(f.Time.GetUtcNow())).Undeliverable);
    }

    [Fact]
    public async Task A_fixed_chat_schedule_sends_its_topics_to_that_chat_only()
    {
        Subscribe(1, "markets");
        f.Digests.Publish(5, "markets");
        f.Digests.Publish(6, "energy");
        var channel = Morning with { Name = "channel", Topics = ["energy"], TargetChatId = -100500 };

        await f.Writer.RunScheduleAsync(channel, "p1", "schedule");
        await f.Dispatcher.DrainAsync();
        await f.Writer.RunScheduleAsync(channel, "p2", "schedule");
        await f.Dispatcher.DrainAsync();

        Assert.Equal(["<b>energy</b>: 6"], f.Sender.MessagesTo(-100500));
        Assert.Empty(f.Sender.MessagesTo(1));
        Assert.Equal(0, f.Subscribers.Get(1).WatermarkArticleId);
    }

    [Fact]
    public async Task Subscribers_with_their_own_time_get_digests_then_and_not_with_the_schedule()
    {
        var due = f.Time.GetUtcNow().AddMinutes(-1);
        f.Subscribers.Add(new DeliverySubscriber(new(1, 0), ["markets"], 0, due, new TimeOnly(7, 59), "Europe/Kyiv"));
        Subscribe(2, "markets");
        f.Digests.Publish(5, "markets");

        await f.Writer.RunScheduleAsync(Morning, "p1", "schedule");
        var next = f.Time.GetUtcNow().AddDays(1);
        var queued = await f.Writer.RunDueAsync(_ => next);
        await f.Dispatcher.DrainAsync();
        var again = await f.Writer.RunDueAsync(_ => next);

        Assert.Equal(1, queued);
        Assert.Equal(0, again);
        Assert.Single(f.Sender.MessagesTo(1));
        Assert.Single(f.Sender.MessagesTo(2));
        Assert.Equal(next, f.Subscribers.Get(1).NextDueUtc);
    }
}
