using Briefing.News.Digests;
using Briefing.Store.Database;
using Briefing.Host.Delivery;
using Briefing.Store.Delivery;
using Briefing.Store.Schedules;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Host.Scheduling;

/// <summary>
/// What the worker does before following the clock: finish runs a crash interrupted, and in local mode print the digest
/// of what is new. `run --once` also runs here what the scheduler would have: schedules whose time passed within the
/// grace period and subscribers whose own time has come.
/// </summary>
public sealed class DeliveryCatchUp(
    IScheduleRepository schedules,
    IDigestRunRepository runs,
    DigestRunWriter writer,
    IOptions<SchedulingOptions> options,
    TimeProvider time,
    ILogger<DeliveryCatchUp> logger)
{
    /// <summary>The run name under which local mode prints what is new at start.</summary>
    public const string StartSchedule = "start";

    public async Task ResumeUnfinishedRunsAsync(CancellationToken cancellationToken = default)
    {
        foreach (var run in await runs.ListUnfinishedAsync(cancellationToken))
        {
            var schedule = await schedules.GetAsync(run.ScheduleName, cancellationToken);
            if (schedule is null)
            {
                // Per-subscriber and start runs are redone from their own state; a removed schedule's run is just closed.
                await runs.FinishAsync(run.Id, time.GetUtcNow(), cancellationToken);
                continue;
            }
            logger.LogInformation("Resuming run {Schedule} {Period} after {Cursor}", run.ScheduleName, run.PeriodKey, run.Cursor);
            await writer.RunScheduleAsync(schedule, run.PeriodKey, run.Reason, cancellationToken);
        }
    }

    /// <summary>Runs each active schedule whose latest time is within the grace period; a period already run adds nothing.</summary>
    public async Task<int> RunMissedSchedulesAsync(CancellationToken cancellationToken = default)
    {
        var queued = 0;
        var now = time.GetUtcNow();
        foreach (var schedule in await schedules.ListAsync(cancellationToken))
        {
            if (schedule.Paused || ScheduleRules.Check(schedule) is not null) continue;
            var period = MisfirePolicy.PeriodFor(ScheduleRules.Cron(schedule.Cron, schedule.TimeZone), now, now, options.Value.MisfireGrace);
            if (period is null) continue;
            queued += (await writer.RunScheduleAsync(schedule, DigestRun.PeriodKeyOf(period.Value), "misfire", cancellationToken)).Queued;
        }
        return queued;
    }

    public Task<int> RunDueSubscribersAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        return writer.RunDueAsync(s => DueDeliveriesJob.NextDue(s, now), cancellationToken);
    }

    /// <summary>Local mode at start: the console's digest of everything it has not been shown.</summary>
    public async Task<DigestRunResult> RunLocalStartDigestAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var start = new Schedule(StartSchedule, "", "UTC", null, DigestPreset.Standard.Name, null, false, now, now);
        var result = await writer.RunScheduleAsync(start, DigestRun.PeriodKeyOf(now), "start", cancellationToken);
        if (result.Queued == 0) logger.LogInformation("Nothing new since the last digest");
        return result;
    }
}
