using Briefing.Store.Database;
using Briefing.Host.Delivery;
using Briefing.Store.Delivery;
using Briefing.Store.Schedules;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace Briefing.Host.Scheduling;

/// <summary>
/// Runs one schedule's digests into the outbox when its trigger fires. One job for all
/// schedules, so two runs never overlap and each run sees the outbox rows of the one before.
/// </summary>
[DisallowConcurrentExecution]
public sealed class ScheduleRunJob(
    IScheduleRepository schedules,
    DigestRunWriter writer,
    IOptions<SchedulingOptions> options,
    TimeProvider time,
    ILogger<ScheduleRunJob> logger) : IJob
{
    public static readonly JobKey Key = new("schedule-run", "delivery");
    public const string ScheduleNameKey = "schedule";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var name = context.MergedJobDataMap.GetString(ScheduleNameKey);
        var schedule = name is null ? null : await schedules.GetAsync(name, cancellationToken);
        if (schedule is null)
        {
            logger.LogWarning("Trigger {Trigger} names schedule {Schedule}, which no longer exists; nothing to run", context.Trigger.Key, name);
            return;
        }

        var now = time.GetUtcNow();
        if (schedule.Paused) return;

        var scheduled = context.ScheduledFireTimeUtc ?? now;
        var period = MisfirePolicy.PeriodFor(ScheduleRules.Cron(schedule.Cron, schedule.TimeZone), scheduled, now, options.Value.MisfireGrace);
        if (period is null)
        {
            logger.LogInformation("Schedule {Schedule} missed its time by more than {GraceHours} h; waiting for the next one", schedule.Name, options.Value.MisfireGraceHours);
            return;
        }
        var reason = now - period.Value > TimeSpan.FromMinutes(1) ? "misfire" : "schedule";
        // With several workers, this line shows which one the firing went to (one per firing in the cluster).
        logger.LogInformation("Schedule {Schedule} fired for {Period} ({Reason})", schedule.Name, period.Value, reason);
        await writer.RunScheduleAsync(schedule, DigestRun.PeriodKeyOf(period.Value), reason, cancellationToken);
    }
}
