using Briefing.Host.Scheduling;

namespace Briefing.Host.Tests.Scheduling;

public sealed class MisfirePolicyTests
{
    // 08:00 in Kyiv on 3 June 2024 (summer time, UTC+3) is 05:00 UTC.
    private static readonly DateTimeOffset EightInKyiv = new(2024, 6, 3, 5, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Grace = TimeSpan.FromHours(2);
    private static readonly Quartz.CronExpression Daily = ScheduleRules.Cron("0 0 8 * * ?", "Europe/Kyiv");

    [Fact]
    public void An_on_time_firing_stands_for_its_scheduled_time()
    {
        Assert.Equal(EightInKyiv, MisfirePolicy.PeriodFor(Daily, EightInKyiv, EightInKyiv.AddSeconds(2), Grace));
    }

    [Fact]
    public void A_firing_ninety_minutes_late_still_delivers_the_missed_morning()
    {
        var now = EightInKyiv.AddMinutes(90);
        Assert.Equal(EightInKyiv, MisfirePolicy.PeriodFor(Daily, now, now, Grace));
    }

    [Fact]
    public void A_firing_three_hours_late_is_skipped()
    {
        var now = EightInKyiv.AddHours(3);
        Assert.Null(MisfirePolicy.PeriodFor(Daily, now, now, Grace));
    }

    [Fact]
    public void A_late_firing_that_keeps_the_missed_time_as_its_scheduled_time_is_judged_by_the_clock()
    {
        Assert.Equal(EightInKyiv, MisfirePolicy.PeriodFor(Daily, EightInKyiv, EightInKyiv.AddMinutes(119), Grace));
        Assert.Null(MisfirePolicy.PeriodFor(Daily, EightInKyiv, EightInKyiv.AddMinutes(121), Grace));
    }

    [Fact]
    public void A_grace_of_zero_never_catches_up()
    {
        var now = EightInKyiv.AddMinutes(5);
        Assert.Null(MisfirePolicy.PeriodFor(Daily, now, now, TimeSpan.Zero));
    }
}
