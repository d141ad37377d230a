using Briefing.Host.Delivery;
using Briefing.Store.Delivery;
using Briefing.Store.Database;
using Briefing.Store.Schedules;
using Briefing.Telegram.Commands;

namespace Briefing.Host.Scheduling;

/// <summary>
/// An operator's "run this schedule now" (`briefing schedules run`, `/admin run`): a run of its own period, so it never
/// collides with the scheduled one, and only what is new since each subscriber's last digest goes out.
/// </summary>
public sealed class ManualRun(DigestRunWriter writer, IScheduleRepository schedules, TimeProvider time) : IAdminScheduleRunner
{
    public Task<DigestRunResult> RunAsync(Schedule schedule, CancellationToken cancellationToken = default) =>
        writer.RunScheduleAsync(schedule, "manual:" + DigestRun.PeriodKeyOf(time.GetUtcNow()), "manual", cancellationToken);

    public async Task<int?> RunNowAsync(string scheduleName, CancellationToken cancellationToken = default) =>
        await schedules.GetAsync(scheduleName, cancellationToken) is { } schedule ? (await RunAsync(schedule, cancellationToken)).Queued : null;
}
