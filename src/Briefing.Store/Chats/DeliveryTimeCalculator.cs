namespace Briefing.Store.Chats;

/// <summary>When a subscriber's daily local delivery time next falls, as a UTC instant, correct across daylight-saving changes.</summary>
public static class DeliveryTimeCalculator
{
    /// <summary>
    /// The first instant strictly after <paramref name="nowUtc"/> at which the clock in <paramref name="zone"/> shows
    /// <paramref name="localTime"/>. A time skipped by a spring-forward change is delivered as far after the change as
    /// it would have been (03:30 in a 03:00→04:00 gap is 04:30); a time that repeats in the autumn is delivered at its
    /// first occurrence only, so a day never gets two deliveries.
    /// </summary>
    public static DateTimeOffset Next(TimeOnly localTime, TimeZoneInfo zone, DateTimeOffset nowUtc)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(nowUtc, zone).DateTime);
        // Two days ahead always suffices: the local date can lag the answer by at most one day.
        for (var day = today.AddDays(-1); ; day = day.AddDays(1))
        {
            var instant = ToUtc(day.ToDateTime(localTime, DateTimeKind.Unspecified), zone);
            if (instant > nowUtc) return instant;
        }
    }

    /// <summary>The UTC instant a local wall-clock time denotes, with the rules above for skipped and repeated times.</summary>
    public static DateTimeOffset ToUtc(DateTime local, TimeZoneInfo zone)
    {
        TimeSpan offset;
        if (zone.IsInvalidTime(local))
        {
            // Clocks moved forward: the offset before the change is the smaller one around it.
            var before = zone.GetUtcOffset(local.AddDays(-1));
            var after = zone.GetUtcOffset(local.AddDays(1));
            offset = before < after ? before : after;
        }
        else if (zone.IsAmbiguousTime(local))
        {
            // Clocks moved back: the larger offset is the earlier of the two instants.
            offset = zone.GetAmbiguousTimeOffsets(local).Max();
        }
        else
        {
            offset = zone.GetUtcOffset(local);
        }
        return new DateTimeOffset(DateTime.SpecifyKind(local - offset, DateTimeKind.Unspecified), TimeSpan.Zero);
    }
}
