namespace Briefing.Host.Scheduling;

/// <summary>The next UTC instant at which a zone's clocks show a given time of day.</summary>
public static class NextLocalTime
{
    public static DateTimeOffset After(TimeOnly localTime, string timeZone, DateTimeOffset afterUtc)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        var localNow = TimeZoneInfo.ConvertTime(afterUtc, zone);
        for (var day = 0; day <= 2; day++)
        {
            var candidate = localNow.Date.AddDays(day).Add(localTime.ToTimeSpan());
            // A time the clocks skip (spring forward) is delivered when they resume, an hour on.
            if (zone.IsInvalidTime(candidate)) candidate = candidate.AddHours(1);
            var instant = new DateTimeOffset(candidate, zone.GetUtcOffset(candidate));
            if (instant > afterUtc) return instant.ToUniversalTime();
        }
        throw new InvalidOperationException($"No {localTime} in {timeZone} within two days of {afterUtc:O}.");
    }
}
