using Briefing.Host.Tests.Ingestion;
using Briefing.Store.Chats;
using Briefing.Store.Database;
using Briefing.Store.Delivery;
using Briefing.Store.Schedules;
using Briefing.Telegram.Tests.Fakes;

namespace Briefing.Host.Tests.Crash;

public sealed class CrashRecoveryTests : IAsyncLifetime
{
    private const int Subscribers = 500;
    private const int Concurrency = 8;

    private ChildWorkerSandbox sandbox = null!;

    public async Task InitializeAsync() => sandbox = await ChildWorkerSandbox.StartAsync();

    public async Task DisposeAsync() => await sandbox.DisposeAsync();

    // Limits lifted so the fan-out is fast enough to be caught in the middle.
    private Dictionary<string, string> Environment() => new(sandbox.FastWorkerEnvironment())
    {
        ["Telegram__RetryBaseDelayMilliseconds"] = "10",
        ["Delivery__Concurrency"] = Concurrency.ToString(),
    };


    [Fact]
    public async Task A_worker_killed_mid_fan_out_and_restarted_sends_every_chat_its_digest_once_within_the_in_flight_bound()
    {
        var database = new SqliteDatabase(sandbox.DatabasePath);
        var subscribers = new SubscriberRepository(database, TimeProvider.System);
        var topics = new[] { "victory-plan", "nato-accession", "security-guarantees" };
        for (var chat = 1; chat <= Subscribers; chat++)
        {
            var key = new SubscriberKey(chat, 0);
            await subscribers.EnsureAsync(new NewSubscriber(key, "private", $"reader {chat}"));
            foreach (var topic in topics) await subscribers.SubscribeAsync(key, topic);
        }
        var now = DateTimeOffset.UtcNow;
        await new ScheduleRepository(database).AddAsync(new Schedule("crash", "0 0 3 1 1 ? 2099", "UTC", null, "standard", null, false, now, now));

        using (var ingest = BriefingProcess.Start(RepositoryFiles.Root, Environment(), sandbox.Arguments("ingest")))
            Assert.True(await ingest.WaitForExitAsync(TimeSpan.FromMinutes(2)) == 0, ingest.Output);
        using (var run = BriefingProcess.Start(RepositoryFiles.Root, Environment(), sandbox.Arguments("schedules", "run", "crash")))
            Assert.True(await run.WaitForExitAsync(TimeSpan.FromMinutes(2)) == 0, run.Output);
        var queued = await new OutboxRepository(database).ListAsync(failedOnly: false, Subscribers * 2);
        Assert.Equal(Subscribers, queued.Count);
        var expected = queued.ToDictionary(q => q.Subscriber.ChatId, q => q.Messages);
        var totalMessages = expected.Values.Sum(m => m.Count);

        // Faults on the way: server errors the sender retries, and one flood wait.
        sandbox.BotApi.Script("sendMessage", FakeAnswer.ServerError(), times: 5);
        sandbox.BotApi.Script("sendMessage", FakeAnswer.TooManyRequests(1), chatId: 250);

        using (var first = BriefingProcess.Start(RepositoryFiles.Root, Environment(), sandbox.Arguments("run")))
        {
            await sandbox.BotApi.WaitForRequestsAsync("sendMessage", totalMessages / 3, TimeSpan.FromMinutes(2));
            first.Kill();
            await first.WaitForExitAsync(TimeSpan.FromSeconds(30));
        }
        var beforeRestart = sandbox.BotApi.RequestsTo("sendMessage").Count;
        Assert.True(beforeRestart < totalMessages, "the worker finished before it could be killed mid-fan-out");

        using (var second = BriefingProcess.Start(RepositoryFiles.Root, Environment(), sandbox.Arguments("run")))
        {
            var outbox = new OutboxRepository(database);
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while ((await outbox.CountAsync(DateTimeOffset.UtcNow)).Pending > 0)
            {
                Assert.True(DateTime.UtcNow < deadline, "the restarted worker did not drain the outbox: " + second.Output);
                await Task.Delay(100);
            }
            second.Kill();
        }

        // The fake takes scripted answers in arrival order: the first five sends got a 500, chat 250's first a 429.
        var sends = sandbox.BotApi.RequestsTo("sendMessage").ToList();
        var refused = sends.Take(5).Append(sends.Skip(5).First(r => r.ChatId == 250)).ToHashSet();
        var delivered = sends.Where(r => !refused.Contains(r))
            .Where(r => r.ChatId is > 0 and <= Subscribers)
            .GroupBy(r => r.ChatId!.Value)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Text!).ToList());
        var duplicates = 0;
        for (var chat = 1L; chat <= Subscribers; chat++)
        {
            Assert.True(delivered.TryGetValue(chat, out var received), $"chat {chat} got nothing");
            // Every message of the digest arrived, in order, and nothing else.
            Assert.Equal(expected[chat], received.Distinct());
            duplicates += received.Count - received.Distinct().Count();
        }
        // The stated bound: at most one message per digest in flight when the process died.
        Assert.InRange(duplicates, 0, Concurrency);
        var watermarks = await subscribers.ListActiveAsync(null, Subscribers);
        Assert.All(watermarks, s => Assert.True(s.Watermark > 0, $"chat {s.Key} kept watermark 0"));
    }

    [Fact]
    public async Task A_worker_killed_mid_batch_of_updates_and_restarted_answers_every_update_repeating_at_most_those_in_flight()
    {
        // 600 chats each send /help; at Telegram's default 30 messages a second that is about twenty seconds of replies.
        const int chats = 600;
        for (var chat = 1; chat <= chats; chat++) sandbox.BotApi.AddUpdate(FakeUpdates.TextMessage(chat, chat, "/help"));
        var environment = sandbox.FastWorkerEnvironment();
        environment.Remove("Telegram__GlobalPerSecond");
        environment.Remove("Telegram__PerChatPerSecond");

        using (var first = BriefingProcess.Start(RepositoryFiles.Root, environment, sandbox.Arguments("run")))
        {
            await sandbox.BotApi.WaitForRequestsAsync("sendMessage", 60, TimeSpan.FromMinutes(2));
            first.Kill();
            await first.WaitForExitAsync(TimeSpan.FromSeconds(30));
        }
        var beforeRestart = sandbox.BotApi.RequestsTo("sendMessage").Count;
        Assert.True(beforeRestart < chats, "the worker answered everything before it could be killed");

        using (var second = BriefingProcess.Start(RepositoryFiles.Root, environment, sandbox.Arguments("run")))
        {
            var deadline = DateTime.UtcNow.AddMinutes(3);
            while (sandbox.BotApi.RequestsTo("sendMessage").Select(r => r.ChatId).Distinct().Count() < chats)
            {
                Assert.True(DateTime.UtcNow < deadline, "the restarted worker did not answer every update: " + second.Output);
                await Task.Delay(100);
            }
            second.Kill();
        }

        var answers = sandbox.BotApi.RequestsTo("sendMessage").GroupBy(r => r.ChatId!.Value).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(Enumerable.Range(1, chats).Select(c => (long)c), answers.Keys.Order());
        // Nothing skipped; repeated only what was received but not yet recorded as handled when the process died: at
        // most one getUpdates page (100 updates).
        Assert.InRange(answers.Values.Sum(count => count - 1), 0, 100);
    }
}
