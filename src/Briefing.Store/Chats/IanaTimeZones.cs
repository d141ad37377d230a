using System.Diagnostics.CodeAnalysis;

namespace Briefing.Store.Chats;

/// <summary>Finds time zones by IANA id only, across tz databases that know a zone under its old or new name.</summary>
public static class IanaTimeZones
{
    // Renamed zones: the new id a user types may be missing from an older system tz database, and the reverse.
    private static readonly Dictionary<string, string> Renamed = new(StringComparer.Ordinal)
    {
        ["Europe/Kyiv"] = "Europe/Kiev",
        ["Europe/Kiev"] = "Europe/Kyiv",
        ["Asia/Kolkata"] = "Asia/Calcutta",
        ["Asia/Calcutta"] = "Asia/Kolkata",
        ["Asia/Ho_Chi_Minh"] = "Asia/Saigon",
        ["Asia/Yangon"] = "Asia/Rangoon",
        ["Europe/Kirov"] = "Europe/Volgograd",
    };

    public static bool TryFind(string ianaId, [NotNullWhen(true)] out TimeZoneInfo? zone)
    {
        zone = null;
        // Windows ids ("FLE Standard Time") resolve on every platform through ICU; only IANA ids are accepted here.
        if (string.IsNullOrWhiteSpace(ianaId) || ianaId.Contains(' ')) return false;
        foreach (var id in Renamed.TryGetValue(ianaId, out var other) ? new[] { ianaId, other } : [ianaId])
        {
            if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var found) && found.HasIanaId)
            {
                zone = found;
                return true;
            }
        }
        return false;
    }

    /// <summary>The zone of a chat that never sent /timezone: the subscribers table's default (migration 002).</summary>
    public const string SubscriberDefault = "Europe/Kyiv";

    /// <summary>
    /// A subscriber's zone. The stored id was valid when set; should the system no longer know it, delivery goes by the
    /// default zone rather than failing.
    /// </summary>
    public static TimeZoneInfo ForSubscriber(string? ianaId) =>
        ianaId is not null && TryFind(ianaId, out var zone) ? zone
        : TryFind(SubscriberDefault, out var fallback) ? fallback : TimeZoneInfo.Utc;

    /// <summary>The system's IANA ids, for suggesting the nearest to a mistyped one.</summary>
    public static IReadOnlyList<string> AllIds() =>
        TimeZoneInfo.GetSystemTimeZones().Where(z => z.HasIanaId).Select(z => z.Id).Concat(Renamed.Keys).Distinct().ToList();
}
