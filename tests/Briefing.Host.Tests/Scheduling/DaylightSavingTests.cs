using Briefing.Host.Scheduling;
using Briefing.Store.Schedules;
using Microsoft.Extensions.Time.Testing;

namespace Briefing.Host.Tests.Scheduling;

public sealed class DaylightSavingTests
{
    [Fact]
    public void Eight_in_Kyiv_stays_eight_local_when_summer_time_ends()
    {
        // Kyiv leaves summer time (UTC+3) for UTC+2 at 04:00 local on 27 October 2024.
        var clock = new FakeTimeProvider(new DateTimeOffset(2024, 10, 25, 0, 0, 0, TimeSpan.Zero));
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
}
