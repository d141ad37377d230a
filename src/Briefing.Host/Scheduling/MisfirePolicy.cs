using Quartz;

namespace Briefing.Host.Scheduling;

/// <summary>
/// The misfire policy: the triggers fire once after a missed time (Quartz's fire-and-proceed), and this decides which
/// scheduled time such a firing stands for, or that it came too late. A firing more than the grace period after the
/// time it stands for is skipped and the schedule waits for its next time.
/// </summary>
public static class MisfirePolicy
{
    /// <summary>
    /// The cron time a firing stands for: the latest one at or before <paramref name="scheduledFireUtc"/> (for an on-time
    /// firing that is the scheduled time itself; for a misfire fired late it is the missed time), or null when that time
    /// is more than <paramref name="grace"/> before <paramref name="nowUtc"/>.
    /// </summary>
    public static DateTimeOffset? PeriodFor(CronExpression cron, DateTimeOffset scheduledFireUtc, DateTimeOffset nowUtc, TimeSpan grace)
    {
        DateTimeOffset? latest = null;
        var probe = scheduledFireUtc - grace - TimeSpan.FromSeconds(1);
        while (cron.GetNextValidTimeAfter(probe) is { } next && next <= scheduledFireUtc)
        {
            latest = next;
            probe = next;
        }
        if (latest is not { } period || nowUtc - period > grace) return null;
        return period;
    }
}
