using Briefing.Store.Chats;
using Briefing.Store.Delivery;

namespace Briefing.Store.Tests.Delivery;

public abstract class OutboxTests<TDatabase> : IDisposable where TDatabase : TestDatabase, new()
{
    private static readonly DateTimeOffset Now = new(2024, 10, 27, 6, 0, 0, TimeSpan.Zero);
    private readonly TDatabase file = new();
    private readonly DigestRunRepository runs;
    private readonly OutboxRepository outbox;

    protected OutboxTests()
    {
        runs = new DigestRunRepository(file.Database);
        outbox = new OutboxRepository(file.Database);
    }

    public void Dispose() => file.Dispose();

    // Due digests as a worker sees them, with a claim that ends at once (so the next look sees them again).
    private Task<IReadOnlyList<OutboxItem>> DueAsync(DateTimeOffset at, int limit) => outbox.ClaimDueAsync(at, limit, "test", at, []);

    private static OutboxEntry Digest(long chatId, long lastArticleId, params string[] messages) =>
        new(new SubscriberKey(chatId, 0), "", lastArticleId, messages);

    [Fact]
    public async Task A_retried_run_for_the_same_period_queues_each_chat_once()
    {
        var first = await runs.BeginAsync("morning", "2024-10-27T05:00Z", "schedule", Now);
        await runs.AppendAsync(first.Id, [Digest(1, 10, "a"), Digest(2, 10, "b")], new SubscriberKey(2, 0), Now);

        var retry = await runs.BeginAsync("morning", "2024-10-27T05:00Z", "schedule", Now.AddMinutes(1));
        var added = await runs.AppendAsync(retry.Id, [Digest(1, 10, "a"), Digest(2, 10, "b"), Digest(3, 10, "c")], new SubscriberKey(3, 0), Now);

        Assert.Equal(first.Id, retry.Id);
        Assert.Equal(new SubscriberKey(2, 0), retry.Cursor);
        Assert.Equal(1, added);
        var queued = await DueAsync(Now, 100);
        Assert.Equal([1L, 2L, 3L], queued.Select(q => q.Subscriber.ChatId).Order());
    }

    [Fact]
    public async Task A_new_period_queues_the_chat_again()
    {
        var monday = await runs.BeginAsync("morning", "2024-10-28T06:00Z", "schedule", Now);
        await runs.AppendAsync(monday.Id, [Digest(1, 10, "a")], new SubscriberKey(1, 0), Now);
        var tuesday = await runs.BeginAsync("morning", "2024-10-29T06:00Z", "schedule", Now);
        await runs.AppendAsync(tuesday.Id, [Digest(1, 12, "b")], new SubscriberKey(1, 0), Now);

        Assert.Equal(2, (await DueAsync(Now, 100)).Count);
    }

    [Fact]
    public async Task Progress_is_kept_per_message_so_a_resumed_digest_starts_at_the_next_one()
    {
        var run = await runs.BeginAsync("morning", "p1", "schedule", Now);
        await runs.AppendAsync(run.Id, [Digest(7, 10, "one", "two", "three")], new SubscriberKey(7, 0), Now);
        var item = Assert.Single(await DueAsync(Now, 10));

        await outbox.RecordMessagesSentAsync([new SentMessage(item.Id, 0, 501)], Now);
        await outbox.RecordMessagesSentAsync([new SentMessage(item.Id, 0, 999)], Now); // a repeat of the same step changes nothing
        var resumed = Assert.Single(await DueAsync(Now, 10));

        Assert.Equal(1, resumed.MessagesSent);
        Assert.Equal([501L], resumed.TelegramMessageIds);
        Assert.Equal(OutboxStatus.Pending, resumed.Status);

        await outbox.RecordMessagesSentAsync([new SentMessage(item.Id, 1, 502)], Now);
        await outbox.RecordMessagesSentAsync([new SentMessage(item.Id, 2, 503)], Now);
        Assert.Empty(await DueAsync(Now, 10));
        var sent = Assert.Single(await outbox.ListAsync(failedOnly: false, 10));
        Assert.Equal(OutboxStatus.Sent, sent.Status);
        Assert.Equal([501L, 502L, 503L], sent.TelegramMessageIds);
        Assert.Equal(Now, sent.SentUtc);
    }

    [Fact]
    public async Task A_failure_with_a_retry_time_waits_and_one_without_parks_the_row_as_failed()
    {
        var run = await runs.BeginAsync("morning", "p1", "schedule", Now);
        await runs.AppendAsync(run.Id, [Digest(7, 10, "one")], new SubscriberKey(7, 0), Now);
        var item = Assert.Single(await DueAsync(Now, 10));

        await outbox.RecordFailureAsync(item.Id, "500 Internal Server Error", Now.AddSeconds(30));
        Assert.Empty(await DueAsync(Now, 10));
        var retried = Assert.Single(await DueAsync(Now.AddSeconds(30), 10));
        Assert.Equal(1, retried.Attempts);

        await outbox.RecordFailureAsync(item.Id, "500 again", null);
        Assert.Empty(await DueAsync(Now.AddDays(1), 10));
        var parked = Assert.Single(await outbox.ListAsync(failedOnly: true, 10));
        Assert.Equal("500 again", parked.LastError);
        Assert.Equal(2, parked.Attempts);
        Assert.Equal(1, (await outbox.CountAsync(Now)).Failed);
    }

    [Fact]
    public async Task Queued_and_sent_digests_cover_articles_but_failed_ones_do_not()
    {
        var run = await runs.BeginAsync("morning", "p1", "schedule", Now);
        await runs.AppendAsync(run.Id, [Digest(1, 10, "a"), Digest(2, 20, "b"), Digest(3, 30, "c")], new SubscriberKey(3, 0), Now);
        var items = (await DueAsync(Now, 10)).ToDictionary(i => i.Subscriber.ChatId);
        await outbox.RecordMessagesSentAsync([new SentMessage(items[2].Id, 0, 1)], Now);
        await outbox.RecordFailureAsync(items[3].Id, "gone wrong", null);

        var covered = await outbox.GetCoveredUpToAsync("", [new(1, 0), new(2, 0), new(3, 0), new(4, 0)]);

        Assert.Equal(10, covered[new(1, 0)]);
        Assert.Equal(20, covered[new(2, 0)]);
        Assert.False(covered.ContainsKey(new(3, 0)));
        Assert.False(covered.ContainsKey(new(4, 0)));
        Assert.Empty(await outbox.GetCoveredUpToAsync("evening", [new(1, 0)]));
    }

    [Fact]
    public async Task Sent_today_counts_what_went_out_since_midnight_UTC()
    {
        var run = await runs.BeginAsync("morning", "p1", "schedule", Now);
        await runs.AppendAsync(run.Id, [Digest(1, 10, "a"), Digest(2, 10, "b"), Digest(3, 10, "c")], new SubscriberKey(3, 0), Now);
        var items = (await DueAsync(Now, 10)).ToDictionary(i => i.Subscriber.ChatId);
        var midnight = new DateTimeOffset(Now.UtcDateTime.Date, TimeSpan.Zero);
        await outbox.RecordMessagesSentAsync([new SentMessage(items[1].Id, 0, 1)], midnight.AddMinutes(-1));
        await outbox.RecordMessagesSentAsync([new SentMessage(items[2].Id, 0, 2)], midnight);

        var counts = await outbox.CountAsync(Now);

        Assert.Equal(1, counts.SentToday);
        Assert.Equal(1, counts.Pending);
    }

    [Fact]
    public async Task An_interrupted_run_is_listed_until_finished()
    {
        var run = await runs.BeginAsync("morning", "p1", "schedule", Now);
        Assert.Equal([run.Id], (await runs.ListUnfinishedAsync()).Select(r => r.Id));

        await runs.FinishAsync(run.Id, Now);

        Assert.Empty(await runs.ListUnfinishedAsync());
        Assert.Equal(Now, Assert.Single(await runs.ListLatestPerScheduleAsync()).FinishedUtc);
    }

    [Fact]
    public async Task The_last_message_of_a_subscribers_own_digest_moves_their_watermark_and_a_fixed_topic_digest_does_not()
    {
        var subscribers = new SubscriberRepository(file.Database, TimeProvider.System);
        await subscribers.EnsureAsync(new NewSubscriber(new SubscriberKey(7, 0), "private", "reader"));
        var run = await runs.BeginAsync("morning", "p1", "schedule", Now);
        await runs.AppendAsync(run.Id, [Digest(7, 40, "one", "two")], new SubscriberKey(7, 0), Now);
        var evening = await runs.BeginAsync("evening", "p1", "schedule", Now);
        await runs.AppendAsync(evening.Id, [new OutboxEntry(new SubscriberKey(7, 0), "evening", 90, ["fixed"])], new SubscriberKey(7, 0), Now);
        var items = (await DueAsync(Now, 10)).ToDictionary(i => i.ScheduleName);

        await outbox.RecordMessagesSentAsync([new SentMessage(items["morning"].Id, 0, 1), new SentMessage(items["evening"].Id, 0, 2)], Now);
        var afterFirst = (await subscribers.GetAsync(new SubscriberKey(7, 0)))!.Watermark;
        await outbox.RecordMessagesSentAsync([new SentMessage(items["morning"].Id, 1, 3)], Now);
        var afterLast = (await subscribers.GetAsync(new SubscriberKey(7, 0)))!;

        Assert.Equal(0, afterFirst);
        Assert.Equal(40, afterLast.Watermark);
        Assert.Equal(Now, afterLast.LastDigestAt);
    }

    [Fact]
    public async Task A_claimed_digest_goes_to_no_other_worker_until_the_claim_ends_then_resumes_after_its_last_recorded_message()
    {
        var run = await runs.BeginAsync("morning", "p1", "schedule", Now);
        await runs.AppendAsync(run.Id, [Digest(7, 10, "one", "two", "three")], new SubscriberKey(7, 0), Now);
        var claimed = Assert.Single(await outbox.ClaimDueAsync(Now, 10, "worker-a", Now.AddSeconds(15), []));
        await outbox.RecordMessagesSentAsync([new SentMessage(claimed.Id, 0, 501)], Now.AddSeconds(1));

        // worker-a dies here; its claim keeps the digest from worker-b until it ends.
        var otherWorker = new OutboxRepository(file.Reopen());
        Assert.Empty(await otherWorker.ClaimDueAsync(Now.AddSeconds(10), 10, "worker-b", Now.AddSeconds(25), []));
        var takenOver = Assert.Single(await otherWorker.ClaimDueAsync(Now.AddSeconds(16), 10, "worker-b", Now.AddSeconds(31), []));

        Assert.Equal(claimed.Id, takenOver.Id);
        Assert.Equal(1, takenOver.MessagesSent);
        Assert.Equal(["two", "three"], takenOver.Messages.Skip(takenOver.MessagesSent));
    }

    [Fact]
    public async Task A_renewed_claim_holds_and_a_released_one_frees_the_digest_at_once()
    {
        var run = await runs.BeginAsync("morning", "p1", "schedule", Now);
        await runs.AppendAsync(run.Id, [Digest(7, 10, "one")], new SubscriberKey(7, 0), Now);
        var claimed = Assert.Single(await outbox.ClaimDueAsync(Now, 10, "worker-a", Now.AddSeconds(15), []));

        await outbox.RenewClaimsAsync([claimed.Id], "worker-a", Now.AddSeconds(40));
        Assert.Empty(await outbox.ClaimDueAsync(Now.AddSeconds(30), 10, "worker-b", Now.AddSeconds(45), []));
        // Another worker's renewal moves nothing of worker-a's.
        await outbox.RenewClaimsAsync([claimed.Id], "worker-b", Now.AddSeconds(30));
        Assert.Empty(await outbox.ClaimDueAsync(Now.AddSeconds(30), 10, "worker-b", Now.AddSeconds(45), []));
        await outbox.RenewClaimsAsync([claimed.Id], "worker-a", Now.AddSeconds(30));

        Assert.Single(await outbox.ClaimDueAsync(Now.AddSeconds(30), 10, "worker-b", Now.AddSeconds(45), []));
    }

    [Fact]
    public async Task Digests_a_worker_excludes_are_left_unclaimed_for_others()
    {
        var run = await runs.BeginAsync("morning", "p1", "schedule", Now);
        await runs.AppendAsync(run.Id, [Digest(1, 10, "a"), Digest(2, 10, "b")], new SubscriberKey(2, 0), Now);
        var first = (await DueAsync(Now, 10)).Single(i => i.Subscriber.ChatId == 1);

        var claimed = Assert.Single(await outbox.ClaimDueAsync(Now, 10, "worker-a", Now.AddSeconds(15), [first.Id]));

        Assert.Equal(2, claimed.Subscriber.ChatId);
        Assert.Equal(first.Id, Assert.Single(await outbox.ClaimDueAsync(Now, 10, "worker-b", Now.AddSeconds(15), [])).Id);
    }

    [Fact]
    public async Task Workers_claiming_at_the_same_moment_get_different_digests_and_together_all_of_them()
    {
        var run = await runs.BeginAsync("morning", "p1", "schedule", Now);
        await runs.AppendAsync(run.Id, Enumerable.Range(1, 300).Select(chat => Digest(chat, 10, "text")).ToList(), new SubscriberKey(300, 0), Now);
        var workers = Enumerable.Range(0, 4).Select(_ => new OutboxRepository(file.Reopen())).ToList();

        var claims = await Task.WhenAll(workers.Select((worker, i) => Task.Run(() => worker.ClaimDueAsync(Now, 100, $"worker-{i}", Now.AddSeconds(15), []))));

        var ids = claims.SelectMany(c => c.Select(i => i.Id)).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(300, ids.Count);
    }
}

public sealed class SqliteOutboxTests : OutboxTests<SqliteTestDatabase>;

public sealed class PostgresOutboxTests : OutboxTests<PostgresTestDatabase>;
