using Briefing.Host.Scheduling;
using Briefing.Host.Tests.Delivery;
using Briefing.Store.Schedules;

namespace Briefing.Host.Tests.Scheduling;

public sealed class DaylightSavingTests
{
    [Fact]
    public void Eight_in_Kyiv_stays_eight_local_when_summer_time_ends()
    {
        // Kyiv leaves summer time (UTC+3) for UTC+2 at 04:00 local on 27 October 2024.
        var clock = new ManualTimeProvider(new DateTimeOffset(2024, 10, 25, 0, 0, 0, TimeSpan.Zero));
        var schedule = new Schedule("morning", "0 0 8 * * ?", "Europe/Kyiv", null, "standard", null, false, clock.GetUtcNow(), clock.GetUtcNow());
        var trigger = ScheduleSynchronizer.BuildTrigger(schedule, clock);

        var fires = new List<DateTimeOffset>();
        var after = clock.GetUtcNow();
        for (var i = 0; i < 4; i++) fires.Add(after = trigger.GetFireTimeAfter(after)!.Value);

        Assert.Equal(
            [
                new DateTimeOffset(2024, 10, 25, 5, 0, 0, TimeSpan.Zero),
                new DateTimeOffset(2024, 10, 26, 5, 0, 0, TimeSpan.Zero),
                new DateTimeOffset(2024, 10, 27, 6, 0, 0, TimeSpan.Zero),
                new DateTimeOffset(2024, 10, 28, 6, 0, 0, TimeSpan.Zero),
            ],
            fires);
        var kyiv = TimeZoneInfo.FindSystemTimeZoneById("Europe/Kyiv");
        Assert.All(fires, f => Assert.Equal(new TimeSpan(8, 0, 0), TimeZoneInfo.ConvertTime(f, kyiv).TimeOfDay));
    }

    [Fact]
    public void A_personal_delivery_time_follows_the_local_clock_across_the_change()
    {
        var saturday = new DateTimeOffset(2024, 10, 26, 5, 30, 0, TimeSpan.Zero); // 08:30 in Kyiv, after that day's 08:00

        var sunday = NextLocalTime.After(new TimeOnly(8, 0), "Europe/Kyiv", saturday);
        var monday = NextLocalTime.After(new TimeOnly(8, 0), "Europe/Kyiv", sunday);

        Assert.Equal(new DateTimeOffset(2024, 10, 27, 6, 0, 0, TimeSpan.Zero), sunday);
        Assert.Equal(new DateTimeOffset(2024, 10, 28, 6, 0, 0, TimeSpan.Zero), monday);
    }

    [Fact]
    public void A_time_the_clocks_skip_is_delivered_when_they_resume()
    {
        // Kyiv springs from 03:00 to 04:00 local on 31 March 2024.
        var night = new DateTimeOffset(2024, 3, 30, 23, 0, 0, TimeSpan.Zero);

        var due = NextLocalTime.After(new TimeOnly(3, 30), "Europe/Kyiv", night);

        Assert.Equal(new DateTimeOffset(2024, 3, 31, 1, 30, 0, TimeSpan.Zero), due); // 04:30 summer time
    }
}
