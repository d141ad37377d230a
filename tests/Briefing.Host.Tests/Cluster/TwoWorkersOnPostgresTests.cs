using System.Globalization;
using Briefing.Host.Tests.Crash;
using Briefing.Host.Tests.Ingestion;
using Briefing.Store.Chats;
using Briefing.Store.Delivery;
using Briefing.Store.Schedules;
using Briefing.Store.Tests;
using Briefing.Telegram.Tests.Fakes;
using Briefing.Telegram.Updates;

namespace Briefing.Host.Tests.Cluster;

/// <summary>
/// Two `briefing run` child processes on one real PostgreSQL database and one loopback fake Bot API that keeps
/// Telegram's rules (one poller, a flood limit): what a cluster's users and operators would see.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class TwoWorkersOnPostgresTests : IAsyncLifetime
{
    private const int Concurrency = 8;
    private const string Leads = "This worker leads the bot";
    private static readonly string[] Topics = ["victory-plan", "nato-accession", "security-guarantees"];

    private ChildWorkerSandbox sandbox = null!;
    private PostgresTestDatabase postgres = null!;

    public async Task InitializeAsync()
    {
        sandbox = await ChildWorkerSandbox.StartAsync();
        postgres = await Task.Run(() => new PostgresTestDatabase());
    }

    public async Task DisposeAsync()
    {
        await sandbox.DisposeAsync();
        postgres.Dispose();
    }

    private Dictionary<string, string> Environment() => new(sandbox.FastWorkerEnvironment())
    {
        ["Database__Provider"] = "Postgres",
        ["Database__ConnectionString"] = postgres.ConnectionString,
        ["Delivery__Concurrency"] = Concurrency.ToString(CultureInfo.InvariantCulture),
        ["Delivery__ClaimSeconds"] = "3",
        ["Telegram__RetryBaseDelayMilliseconds"] = "10",
        // The lines the tests read: who leads the bot, which worker a schedule's firing went to.
        ["Logging__LogLevel__Briefing.Telegram.BotLeader"] = "Information",
        ["Logging__LogLevel__Briefing.Host.Scheduling.ScheduleRunJob"] = "Information",
    };

    private BriefingProcess Start(Dictionary<string, string> environment, params string[] command) =>
        BriefingProcess.Start(RepositoryFiles.Root, environment, [.. command, "--corpus", RepositoryFiles.Seeds]);

    private async Task RunToEndAsync(params string[] command)
    {
        using var child = Start(Environment(), command);
        Assert.True(await child.WaitForExitAsync(TimeSpan.FromMinutes(2)) == 0, child.Output);
    }

    private async Task AddSubscribersAsync(int count)
    {
        var subscribers = new SubscriberRepository(postgres.Database, TimeProvider.System);
        for (var chat = 1; chat <= count; chat++)
        {
            var key = new SubscriberKey(chat, 0);
            await subscribers.EnsureAsync(new NewSubscriber(key, "private", $"reader {chat}"));
            foreach (var topic in Topics) await subscribers.SubscribeAsync(key, topic);
        }
    }

    private async Task<IReadOnlyDictionary<long, IReadOnlyList<string>>> QueuedDigestsAsync(int subscribers)
    {
        var queued = await new OutboxRepository(postgres.Database).ListAsync(failedOnly: false, subscribers * 2);
        Assert.Equal(subscribers, queued.Count);
        return queued.ToDictionary(q => q.Subscriber.ChatId, q => q.Messages);
    }

    private async Task WaitUntilSentAsync(int digests, TimeSpan timeout, params BriefingProcess[] workers)
    {
        var outbox = new OutboxRepository(postgres.Database);
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var items = await outbox.ListAsync(failedOnly: false, limit: int.MaxValue);
            var sent = items.Count(i => i.Status == OutboxStatus.Sent);
            if (items.All(i => i.Status != OutboxStatus.Pending) && sent >= digests) return;
            Assert.True(DateTime.UtcNow < deadline, $"{sent} of {digests} digests sent after {timeout}: " + string.Join("\n----\n", workers.Select(w => w.Output)));
            await Task.Delay(100);
        }
    }

    // What each chat received, every message of its digest in order; the count of repeats across all chats.
    private int CheckEveryChatGotItsDigest(IReadOnlyDictionary<long, IReadOnlyList<string>> expected)
    {
        var received = sandbox.BotApi.RequestsTo("sendMessage")
            .Where(r => r.ChatId is { } chat && expected.ContainsKey(chat))
            .GroupBy(r => r.ChatId!.Value)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Text!).ToList());
        var repeats = 0;
        foreach (var (chat, messages) in expected)
        {
            Assert.True(received.TryGetValue(chat, out var got), $"chat {chat} got nothing");
            Assert.Equal(messages, got.Distinct());
            repeats += got.Count - got.Distinct().Count();
        }
        return repeats;
    }

    [Fact]
    public async Task A_scheduled_run_fires_once_in_the_cluster_and_each_subscriber_gets_one_digest_within_the_global_rate()
    {
        const int subscribers = 40;
        const int globalPerSecond = 8;
        await AddSubscribersAsync(subscribers);
        await RunToEndAsync("ingest");
        // Fires once, shortly after both workers are up; a worker that comes up later still sees it as a misfire to run.
        var at = DateTimeOffset.UtcNow.AddSeconds(15);
        var cron = string.Create(CultureInfo.InvariantCulture, $"{at.Second} {at.Minute} {at.Hour} {at.Day} {at.Month} ? {at.Year}");
        await new ScheduleRepository(postgres.Database).AddAsync(new Schedule("cluster", cron, "UTC", null, "standard", null, false, at, at));
        // Telegram's flood control, with room for the bursts one sender makes after a stall on a busy machine; two
        // workers sending at the configured rate each would pass it for seconds on end.
        sandbox.BotApi.SendsPerSecondLimit = 2 * globalPerSecond;
        var environment = new Dictionary<string, string>(Environment())
        {
            ["Telegram__GlobalPerSecond"] = globalPerSecond.ToString(CultureInfo.InvariantCulture),
            // Small batches, so that workers that all sent would each find rows to claim.
            ["Delivery__BatchSize"] = Concurrency.ToString(CultureInfo.InvariantCulture),
        };

        using var first = Start(environment, "run");
        using var second = Start(environment, "run");
        if (at - DateTimeOffset.UtcNow is { Ticks: > 0 } untilFiring) await Task.Delay(untilFiring);
        var expected = await WaitForQueuedAsync(subscribers, first, second);
        await WaitUntilSentAsync(subscribers, TimeSpan.FromSeconds(90), first, second);

        var firings = new[] { first, second }.Sum(w => Occurrences(w.Output, "Schedule cluster fired for"));
        Assert.True(firings == 1, $"the schedule fired {firings} times:\n{first.Output}\n----\n{second.Output}");
        var sends = sandbox.BotApi.RequestsTo("sendMessage").Select(r => r.ReceivedAt).Order().ToList();
        var timeline = string.Join(" ", sends.Select(t => t.ToString("ss.fff", CultureInfo.InvariantCulture)));
        Assert.True(sandbox.BotApi.FloodRefusals == 0, $"{sandbox.BotApi.FloodRefusals} sends refused with 429; sends at {timeline}");
        Assert.Equal(0, CheckEveryChatGotItsDigest(expected));
        // The cluster's rate over the whole fan-out: the configured one (with a margin for timing), not one per worker.
        var perSecond = (sends.Count - 1) / (sends[^1] - sends[0]).TotalSeconds;
        Assert.True(perSecond <= globalPerSecond * 1.15, $"{perSecond:F1} sends per second; sends at {timeline}");
    }

    private async Task<IReadOnlyDictionary<long, IReadOnlyList<string>>> WaitForQueuedAsync(int subscribers, params BriefingProcess[] workers)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while ((await new OutboxRepository(postgres.Database).ListAsync(failedOnly: false, subscribers * 2)).Count < subscribers)
        {
            Assert.True(DateTime.UtcNow < deadline, "the schedule did not queue its digests: " + string.Join("\n----\n", workers.Select(w => w.Output)));
            await Task.Delay(200);
        }
        return await QueuedDigestsAsync(subscribers);
    }

    [Fact]
    public async Task A_worker_killed_mid_fan_out_leaves_the_rest_to_the_other_which_finishes_within_30_seconds()
    {
        const int subscribers = 400;
        await AddSubscribersAsync(subscribers);
        await RunToEndAsync("ingest");
        await new ScheduleRepository(postgres.Database).AddAsync(new Schedule("crash", "0 0 3 1 1 ? 2099", "UTC", null, "standard", null, false, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow));
        await RunToEndAsync("schedules", "run", "crash");
        var expected = await QueuedDigestsAsync(subscribers);
        var totalMessages = expected.Values.Sum(m => m.Count);

        using var first = Start(Environment(), "run");
        using var second = Start(Environment(), "run");
        var leader = await WhoLeadsAsync(first, second);
        var other = leader == first ? second : first;
        await sandbox.BotApi.WaitForRequestsAsync("sendMessage", totalMessages / 3, TimeSpan.FromMinutes(2));
        leader.Kill();
        await leader.WaitForExitAsync(TimeSpan.FromSeconds(10));
        var killedAt = DateTime.UtcNow;
        Assert.True(sandbox.BotApi.RequestsTo("sendMessage").Count < totalMessages, "the leader finished before it could be killed mid-fan-out");

        await WaitUntilSentAsync(subscribers, TimeSpan.FromSeconds(30), other);

        Assert.True(DateTime.UtcNow - killedAt < TimeSpan.FromSeconds(30));
        Assert.Contains(Leads, other.Output);
        // Nothing lost; repeats at most one message per digest the dead worker had in flight.
        Assert.InRange(CheckEveryChatGotItsDigest(expected), 0, Concurrency);
    }

    [Fact]
    public async Task Two_workers_answer_each_update_once_and_the_second_polls_when_the_first_dies()
    {
        sandbox.BotApi.OnePollerAtATime = true;
        using var first = Start(Environment(), "run");
        using var second = Start(Environment(), "run");
        var leader = await WhoLeadsAsync(first, second);
        var other = leader == first ? second : first;

        for (var chat = 1; chat <= 10; chat++) sandbox.BotApi.AddUpdate(FakeUpdates.TextMessage(chat, chat, "/help"));
        await sandbox.BotApi.WaitForRequestsAsync("sendMessage", 10, TimeSpan.FromSeconds(30));
        // Killed once it has recorded them as handled (updates still in flight at a crash are handled again, as on one worker).
        var state = new BotStateRepository(postgres.Database);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await state.GetAsync(UpdateOffset.Key) != "10")
        {
            Assert.True(DateTime.UtcNow < deadline, "the leader did not record the updates it handled: " + leader.Output);
            await Task.Delay(50);
        }
        leader.Kill();
        await leader.WaitForExitAsync(TimeSpan.FromSeconds(10));
        for (var chat = 11; chat <= 15; chat++) sandbox.BotApi.AddUpdate(FakeUpdates.TextMessage(chat, chat, "/help"));
        await sandbox.BotApi.WaitForRequestsAsync("sendMessage", 15, TimeSpan.FromSeconds(30));
        // Time for a second answer to show up, were an update handled twice.
        await Task.Delay(TimeSpan.FromSeconds(2));

        var replies = sandbox.BotApi.RequestsTo("sendMessage").GroupBy(r => r.ChatId!.Value).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(Enumerable.Range(1, 15).Select(c => (long)c), replies.Keys.Order());
        Assert.All(replies, r => Assert.True(r.Value == 1, $"chat {r.Key} got {r.Value} answers"));
        Assert.Equal(0, sandbox.BotApi.Conflicts);
        Assert.Contains(Leads, other.Output);
    }

    // The worker that leads the bot, once one of them says so.
    private static async Task<BriefingProcess> WhoLeadsAsync(BriefingProcess first, BriefingProcess second)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            if (first.Output.Contains(Leads, StringComparison.Ordinal)) return first;
            if (second.Output.Contains(Leads, StringComparison.Ordinal)) return second;
            Assert.True(DateTime.UtcNow < deadline, $"no worker took the lead:\n{first.Output}\n----\n{second.Output}");
            await Task.Delay(50);
        }
    }

    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}
