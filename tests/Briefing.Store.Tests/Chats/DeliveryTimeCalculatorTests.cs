using Briefing.Store.Chats;

namespace Briefing.Store.Tests.Chats;

public sealed class DeliveryTimeCalculatorTests
{
    private static readonly TimeZoneInfo Kyiv = IanaTimeZones.TryFind("Europe/Kyiv", out var zone) ? zone : throw new InvalidOperationException("no Europe/Kyiv");

    private static DateTimeOffset Utc(string text) => DateTimeOffset.Parse(text + "Z", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Europe_Kyiv_is_found_even_where_the_tz_database_calls_it_Kiev()
    {
        Assert.True(IanaTimeZones.TryFind("Europe/Kyiv", out var zone));
        Assert.Equal(TimeSpan.FromHours(2), zone.BaseUtcOffset);
    }

    [Theory]
    [InlineData("Mars/Olympus")]
    [InlineData("FLE Standard Time")]
    [InlineData("")]
    public void Unknown_and_non_IANA_zones_are_not_found(string id) => Assert.False(IanaTimeZones.TryFind(id, out _));

    [Fact]
    public void UTC_is_an_IANA_zone()
    {
        Assert.True(IanaTimeZones.TryFind("UTC", out var zone));
        Assert.Equal(TimeSpan.Zero, zone.BaseUtcOffset);
    }

    [Fact]
    public void A_stored_zone_the_system_no_longer_knows_delivers_by_the_default_zone()
    {
        Assert.Equal(Kyiv.Id, IanaTimeZones.ForSubscriber("Mars/Olympus").Id);
        Assert.Equal(Kyiv.Id, IanaTimeZones.ForSubscriber(null).Id);
        Assert.Equal(TimeSpan.FromHours(-5), IanaTimeZones.ForSubscriber("America/New_York").BaseUtcOffset);
    }

    [Fact]
    public void A_time_later_today_is_due_today()
    {
        // 06:00 UTC on 2024-07-01 is 09:00 in Kyiv (summer, UTC+3); 10:00 local is 07:00 UTC.
        Assert.Equal(Utc("2024-07-01T07:00:00"), DeliveryTimeCalculator.Next(new TimeOnly(10, 0), Kyiv, Utc("2024-07-01T06:00:00")));
    }

    [Fact]
    public void A_time_already_passed_today_is_due_tomorrow()
    {
        Assert.Equal(Utc("2024-07-02T05:00:00"), DeliveryTimeCalculator.Next(new TimeOnly(8, 0), Kyiv, Utc("2024-07-01T06:00:00")));
    }

    [Fact]
    public void Exactly_now_is_not_due_again_until_tomorrow()
    {
        Assert.Equal(Utc("2024-07-02T05:00:00"), DeliveryTimeCalculator.Next(new TimeOnly(8, 0), Kyiv, Utc("2024-07-01T05:00:00")));
    }

    [Fact]
    public void Eight_oclock_follows_the_autumn_change_in_Kyiv()
    {
        // Clocks go back at 04:00 on 2024-10-27: 08:00 on the 26th is UTC+3, on the 27th UTC+2.
        var onSaturday = DeliveryTimeCalculator.Next(new TimeOnly(8, 0), Kyiv, Utc("2024-10-26T04:00:00"));
        var onSunday = DeliveryTimeCalculator.Next(new TimeOnly(8, 0), Kyiv, onSaturday);
        Assert.Equal(Utc("2024-10-26T05:00:00"), onSaturday);
        Assert.Equal(Utc("2024-10-27T06:00:00"), onSunday);
    }

    [Fact]
    public void A_time_that_repeats_in_the_autumn_is_delivered_once_at_its_first_occurrence()
    {
        // 03:30 happens twice on 2024-10-27 in Kyiv: at 00:30 UTC (UTC+3) and at 01:30 UTC (UTC+2).
        var first = DeliveryTimeCalculator.Next(new TimeOnly(3, 30), Kyiv, Utc("2024-10-26T12:00:00"));
        Assert.Equal(Utc("2024-10-27T00:30:00"), first);
        Assert.Equal(Utc("2024-10-28T01:30:00"), DeliveryTimeCalculator.Next(new TimeOnly(3, 30), Kyiv, first));
    }

    [Fact]
    public void Eight_oclock_follows_the_spring_change_in_Kyiv()
    {
        // Clocks go forward at 03:00 on 2025-03-30: 08:00 on the 29th is UTC+2, on the 30th UTC+3.
        var onSaturday = DeliveryTimeCalculator.Next(new TimeOnly(8, 0), Kyiv, Utc("2025-03-29T05:00:00"));
        var onSunday = DeliveryTimeCalculator.Next(new TimeOnly(8, 0), Kyiv, onSaturday);
        Assert.Equal(Utc("2025-03-29T06:00:00"), onSaturday);
        Assert.Equal(Utc("2025-03-30T05:00:00"), onSunday);
    }

    [Fact]
    public void A_time_skipped_in_the_spring_is_delivered_just_after_the_change()
    {
        // 03:30 does not exist on 2025-03-30 in Kyiv (03:00 → 04:00); it is delivered at 04:30 local, 01:30 UTC.
        Assert.Equal(Utc("2025-03-30T01:30:00"), DeliveryTimeCalculator.Next(new TimeOnly(3, 30), Kyiv, Utc("2025-03-29T12:00:00")));
    }
}
