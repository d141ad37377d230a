using System.Globalization;

namespace Briefing.Telegram.Commands;

/// <summary>Reads the HH:MM of /time (24-hour clock; "8:05" too).</summary>
public static class DeliveryTimeParser
{
    public static bool TryParse(string text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text.Trim(), ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
}
