using Briefing.Host.Delivery;
using Briefing.Store.Database;
using Briefing.Store.Schedules;

namespace Briefing.Host.Scheduling;

/// <summary>
/// An operator's "run this schedule now" (`briefing schedules run`, `/admin run`): a run of its own period, so it never
/// collides with the scheduled one, and only what is new since each subscriber's last digest goes out.
/// </summary>
public sealed class ManualRun(DigestRunWriter writer, TimeProvider time)
{
    public Task<DigestRunResult> RunAsync(Schedule schedule, CancellationToken cancellationToken = default) =>
        writer.RunScheduleAsync(schedule, "manual:" + SqliteTime.Format(time.GetUtcNow()), "manual", cancellationToken);
}
