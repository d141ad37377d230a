using Briefing.News.Digests;
using Briefing.Store.Delivery;
using Briefing.Store.Schedules;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace Briefing.Host.Scheduling;

/// <summary>
/// Keeps Quartz's triggers in step with the schedules table, which operators edit (also from the command line while
/// the worker runs): one cron trigger in the schedule's zone per active schedule, none for paused or removed ones.
/// </summary>
public sealed class ScheduleSynchronizer(
    ISchedulerFactory schedulerFactory,
    IScheduleRepository schedules,
    IWorkerStatusRepository status,
    IOptions<SchedulingOptions> options,
    TimeProvider time,
    ILogger<ScheduleSynchronizer> logger)
{
    public const string TriggerGroup = "schedules";
    private const string SeededStatus = "schedules.seeded";
    private long syncedVersion = -1;

    /// <summary>Creates the default schedule on the first start only, so an operator who removes it is not overruled.</summary>
    public async Task EnsureDefaultScheduleAsync(CancellationToken cancellationToken = default)
    {
        if ((await status.ListAsync(cancellationToken)).Any(s => s.Name == SeededStatus)) return;
        var o = options.Value;
        var now = time.GetUtcNow();
        if (await schedules.AddAsync(new Schedule(o.DefaultScheduleName, o.DefaultCron, o.DefaultTimeZone, null, DigestPreset.Standard.Name, null, false, now, now), cancellationToken))
            logger.LogInformation("Created the default schedule {Schedule}: {Cron} in {TimeZone}", o.DefaultScheduleName, o.DefaultCron, o.DefaultTimeZone);
        await status.SetAsync(SeededStatus, "1", now, cancellationToken);
    }

    /// <summary>Syncs when the schedules changed since the last sync.</summary>
    public async Task SyncIfChangedAsync(CancellationToken cancellationToken = default)
    {
        var version = await schedules.GetVersionAsync(cancellationToken);
        if (version == syncedVersion) return;
        await SyncAsync(cancellationToken);
        syncedVersion = version;
    }

    private async Task SyncAsync(CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        var active = (await schedules.ListAsync(cancellationToken)).Where(s => !s.Paused).ToDictionary(s => s.Name);

        var existing = await scheduler.QueryTriggers(new TriggerQuery { Group = GroupMatcher<TriggerKey>.GroupEquals(TriggerGroup), Take = 10_000 }, cancellationToken);
        foreach (var header in existing.Items)
        {
            if (active.ContainsKey(header.Key.Name)) continue;
            await scheduler.UnscheduleJob(header.Key, cancellationToken);
            logger.LogInformation("Schedule {Schedule} paused or removed: its trigger is gone", header.Key.Name);
        }

        foreach (var schedule in active.Values)
        {
            // The CLI checks both before storing; a hand-edited row must not stop the other schedules.
            if (ScheduleRules.Check(schedule) is { } problem)
            {
                logger.LogWarning("Schedule {Schedule} is not scheduled: {Problem}", schedule.Name, problem);
                continue;
            }
            var key = new TriggerKey(schedule.Name, TriggerGroup);
            var current = await scheduler.GetTrigger(key, cancellationToken) as ICronTrigger;
            if (current is not null && current.CronExpressionString == schedule.Cron && current.TimeZone.Id == schedule.TimeZone) continue;

            var trigger = BuildTrigger(schedule, time);
            try
            {
                if (current is null) await scheduler.ScheduleJob(trigger, cancellationToken: cancellationToken);
                else await scheduler.RescheduleJob(key, trigger, cancellationToken);
            }
            catch (ObjectAlreadyExistsException)
            {
                // Another worker on the same database scheduled it a moment ago, from the same row.
                continue;
            }
            logger.LogInformation("Schedule {Schedule} set: {Cron} in {TimeZone}, next at {Next:u}", schedule.Name, schedule.Cron, schedule.TimeZone, trigger.GetFireTimeAfter(time.GetUtcNow()));
        }
    }

    /// <summary>The cron trigger of a schedule: in its zone, and firing once after a missed time (the job then applies the grace period).</summary>
    public static ITrigger BuildTrigger(Schedule schedule, TimeProvider time) =>
        TriggerBuilder.Create(time)
            .WithIdentity(schedule.Name, TriggerGroup)
            .ForJob(ScheduleRunJob.Key)
            .UsingJobData(ScheduleRunJob.ScheduleNameKey, schedule.Name)
            .WithSchedule(CronScheduleBuilder.Create(schedule.Cron)
                .InTimeZone(ScheduleRules.Zone(schedule.TimeZone))
                .WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .StartAt(time.GetUtcNow())
            .Build();
}
