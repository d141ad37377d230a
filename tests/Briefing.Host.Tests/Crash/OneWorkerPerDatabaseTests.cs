using Briefing.Host.Tests.Ingestion;
using Briefing.Host.Tests.Cli;
using Briefing.Store.Chats;
using Briefing.Store.Database;
using Briefing.Store.Delivery;
using Briefing.Store.Schedules;
using Briefing.Telegram.Tests.Fakes;

namespace Briefing.Host.Tests.Crash;

/// <summary>
/// Two `briefing run` on one SQLite file and an operator's `schedules run` from a shell without the token, as real
/// processes against a loopback Bot API fake: every stored subscriber gets the digest, once.
/// </summary>
[Collection(CliCollection.Name)]
public sealed class OneWorkerPerDatabaseTests : IAsyncLifetime
{
    private const int Subscribers = 60;

    private ChildWorkerSandbox sandbox = null!;

    public async Task InitializeAsync() => sandbox = await ChildWorkerSandbox.StartAsync();

    public async Task DisposeAsync() => await sandbox.DisposeAsync();

    [Fact]
    public async Task A_second_worker_refuses_to_start_and_a_tokenless_operator_run_reaches_every_stored_subscriber_once()
    {
        var database = new SqliteDatabase(sandbox.DatabasePath);
        var subscribers = new SubscriberRepository(database, TimeProvider.System);
        for (var chat = 1; chat <= Subscribers; chat++)
        {
            var key = new SubscriberKey(chat, 0);
            await subscribers.EnsureAsync(new NewSubscriber(key, "private", $"reader {chat}"));
            await subscribers.SubscribeAsync(key, "victory-plan");
        }
        var now = DateTimeOffset.UtcNow;
        await new ScheduleRepository(database).AddAsync(new Schedule("morning", "0 0 3 1 1 ? 2099", "UTC", null, "standard", null, false, now, now));
        var status = new WorkerStatusRepository(database);

        using var first = BriefingProcess.Start(RepositoryFiles.Root, sandbox.FastWorkerEnvironment(), sandbox.Arguments("run"));
        await WaitForAsync(async () => (await status.ListAsync()).Any(s => s.Name == "ingestion.last"), "the first worker's start-up ingestion", first);
        using (var second = BriefingProcess.Start(RepositoryFiles.Root, sandbox.FastWorkerEnvironment(), sandbox.Arguments("run")))
        {
            Assert.Equal(1, await second.WaitForExitAsync(TimeSpan.FromMinutes(1)));
            Assert.Contains($"owns database {sandbox.DatabasePath}: with SQLite one worker owns the database, so this one does not start.", second.Output);
        }

        // The operator's shell has no Telegram__Token: the digests are still for the stored subscribers, in HTML.
        var run = await Cli.Cli.RunAsync(sandbox.Arguments("schedules", "run", "morning"));
        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"Ran morning: queued {Subscribers} digests for {Subscribers} subscribers; the worker sends them (or `briefing run --once`).", Assert.Single(run.OutputLines));

        var outbox = new OutboxRepository(database);
        await WaitForAsync(async () => (await outbox.CountAsync(DateTimeOffset.UtcNow)).Pending == 0, "the worker to drain the outbox", first);
        await Task.Delay(TimeSpan.FromSeconds(1)); // anything sent twice would arrive by now
        first.Kill();

        var sends = sandbox.BotApi.RequestsTo("sendMessage");
        Assert.Equal(Enumerable.Range(1, Subscribers).Select(c => (long)c), sends.Select(r => r.ChatId!.Value).Order());
        Assert.All(sends, r => Assert.Contains("<b>", r.Text));
    }

    private static async Task WaitForAsync(Func<Task<bool>> done, string what, BriefingProcess worker)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (!await done())
        {
            Assert.True(DateTime.UtcNow < deadline && !worker.HasExited, $"waited for {what}: {worker.Output}");
            await Task.Delay(100);
        }
    }
}
