using Briefing.Store.Chats;
using Briefing.Host.Delivery;
using Briefing.Host.Scheduling;
using Briefing.Host.Tests.Delivery;
using Briefing.Store.Delivery;
using Briefing.Store.Schedules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Quartz;

namespace Briefing.Host.Tests.Scheduling;

public sealed class PersistentSchedulerTests : IDisposable
{
    // 07:30 in Kyiv on 3 June 2024 (UTC+3): the default schedule's 08:00 is 05:00 UTC.
    private static readonly DateTimeOffset BeforeEight = new(2024, 6, 3, 4, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Eight = new(2024, 6, 3, 5, 0, 0, TimeSpan.Zero);
    private static readonly TriggerKey Morning = new("morning", ScheduleSynchronizer.TriggerGroup);

    private readonly TempFolder temp = new();
    private readonly FakeTimeProvider clock = new(BeforeEight);
    private readonly FakeSubscriberDirectory subscribers = new();
    private readonly FakeDigestSource digests = new();
    private readonly RecordingSender sender = new();
    private readonly CapturedLogs logs = new();

    public PersistentSchedulerTests()
    {
        subscribers.Add(new DeliverySubscriber(new SubscriberKey(42, 0), ["markets"], 0));
        digests.Publish(5, "markets");
    }

    private string DatabasePath => temp.File("briefing.db");

    public void Dispose() => temp.Dispose();

    private async Task<ITrigger> StartStopFirstWorkerAsync()
    {
        using var first = WorkerHost.Build(DatabasePath, clock, subscribers, digests, sender, logs);
        await first.StartAsync();
        var scheduler = await first.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var trigger = await WorkerHost.WaitForAsync(async () => await scheduler.GetTrigger(Morning), "the default schedule's trigger");
        await first.StopAsync();
        return trigger;
    }

    [Fact]
    public async Task The_default_schedule_survives_a_restart_and_a_time_missed_within_the_grace_period_fires_once()
    {
        var created = await StartStopFirstWorkerAsync();
        Assert.Equal(Eight, created.NextFireTimeUtc);

        clock.SetUtcNow(Eight.AddMinutes(90)); // the worker was down at 08:00
        using var second = WorkerHost.Build(DatabasePath, clock, subscribers, digests, sender, logs);
        await second.StartAsync();
        var runs = second.Services.GetRequiredService<IDigestRunRepository>();
        var run = await WorkerHost.WaitForAsync(async () => (await runs.ListLatestPerScheduleAsync()).FirstOrDefault(r => r.ScheduleName == "morning" && r.IsFinished), "the missed morning run");
        await WorkerHost.WaitForAsync(() => Task.FromResult(sender.MessagesTo(42).Count > 0 ? "sent" : null), "the digest to be sent");
        var scheduler = await second.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var stored = await scheduler.GetTrigger(Morning);
        await second.StopAsync();

        Assert.Equal("2024-06-03T05:00:00.000Z", run.PeriodKey);
        Assert.Equal("misfire", run.Reason);
        Assert.Equal(["<b>markets</b>: 5"], sender.MessagesTo(42));
        // The same stored trigger, not one re-created at the second start, and it carries on tomorrow at 08:00.
        Assert.NotNull(stored);
        Assert.Equal(created.StartTimeUtc, stored.StartTimeUtc);
        Assert.Equal(Eight.AddDays(1), stored.NextFireTimeUtc);
    }

    [Fact]
    public async Task A_time_missed_by_more_than_the_grace_period_waits_for_the_next_one()
    {
        await StartStopFirstWorkerAsync();

        clock.SetUtcNow(Eight.AddHours(3));
        using var second = WorkerHost.Build(DatabasePath, clock, subscribers, digests, sender, logs);
        await second.StartAsync();
        await WorkerHost.WaitForAsync(() => Task.FromResult(logs.Lines.FirstOrDefault(l => l.Contains("morning missed its time by more than"))), "the skipped misfire");
        var scheduler = await second.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var stored = await scheduler.GetTrigger(Morning);
        var runs = await second.Services.GetRequiredService<IDigestRunRepository>().ListLatestPerScheduleAsync();
        await second.StopAsync();

        Assert.DoesNotContain(runs, r => r.ScheduleName == "morning");
        Assert.Empty(sender.MessagesTo(42));
        Assert.Equal(Eight.AddDays(1), stored!.NextFireTimeUtc);
    }

    [Fact]
    public async Task Schedules_edited_while_the_worker_runs_take_effect()
    {
        using var worker = WorkerHost.Build(DatabasePath, clock, subscribers, digests, sender, logs);
        await worker.StartAsync();
        var scheduler = await worker.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var schedules = worker.Services.GetRequiredService<IScheduleRepository>();
        var evening = new TriggerKey("evening", ScheduleSynchronizer.TriggerGroup);

        await schedules.AddAsync(new Schedule("evening", "0 0 19 * * ?", "UTC", ["markets"], "brief", null, false, clock.GetUtcNow(), clock.GetUtcNow()));
        var added = await SyncedAsync(async () => await scheduler.GetTrigger(evening), "the added schedule's trigger");
        await schedules.UpdateAsync("evening", new ScheduleChange(Cron: "0 30 20 * * ?"), clock.GetUtcNow());
        var moved = await SyncedAsync(async () => (await scheduler.GetTrigger(evening)) is ICronTrigger { CronExpressionString: "0 30 20 * * ?" } t ? t : null, "the updated trigger");
        await schedules.SetPausedAsync("evening", true, clock.GetUtcNow());
        await SyncedAsync(async () => await scheduler.GetTrigger(evening) is null ? "gone" : null, "the paused schedule's trigger to go");
        await worker.StopAsync();

        Assert.Equal(new DateTimeOffset(2024, 6, 3, 19, 0, 0, TimeSpan.Zero), added.NextFireTimeUtc);
        Assert.Equal(new DateTimeOffset(2024, 6, 3, 20, 30, 0, TimeSpan.Zero), moved.NextFireTimeUtc);
    }

    /// <summary>The worker re-reads the schedules every Scheduling:SyncSeconds (1 s) of its clock: moves the test's clock on while it waits.</summary>
    private Task<T> SyncedAsync<T>(Func<Task<T?>> probe, string what) => WorkerHost.WaitForAsync(async () =>
    {
        clock.Advance(TimeSpan.FromSeconds(1));
        return await probe();
    }, what);
}
