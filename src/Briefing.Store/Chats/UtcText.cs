using System.Globalization;

namespace Briefing.Store.Chats;

/// <summary>The text form of UTC instants in the bot's tables: fixed width, so text order is time order.</summary>
internal static class UtcText
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    public static string From(DateTimeOffset instant) => instant.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    public static string? From(DateTimeOffset? instant) => instant is { } value ? From(value) : null;

    public static DateTimeOffset Parse(string text) =>
        new(DateTime.ParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal), TimeSpan.Zero);

    public static DateTimeOffset? ParseNullable(string? text) => text is null ? null : Parse(text);
}
