using System.Globalization;
using System.Text.RegularExpressions;

namespace Briefing.News.Digests;

/// <summary>
/// Reads the words of a point that count days from when its source was published ("yesterday", "last week", "next
/// Tuesday") against that date, and writes the date after them in brackets, as an editor would: "the communiqué
/// yesterday [10 Jul]". Words naming the source's own day or week ("today", "tonight", "this week") are left as they
/// are: the bullet opens with that date, so they read right. A page dated only by when it was first seen is left alone,
/// since that is not when it was written.
/// </summary>
public static partial class RelativeDates
{
    private static readonly string[] Weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    /// <summary>The text with each relative day followed by its date, formatted by <paramref name="format"/>.</summary>
    public static string Resolve(string text, DateOnly published, Func<DateOnly, string> format) =>
        Relative().Replace(text, m =>
        {
            var phrase = m.Value;
            var words = phrase.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var note = words switch
            {
                ["yesterday"] or ["last", "night"] => format(published.AddDays(-1)),
                ["tomorrow"] => format(published.AddDays(1)),
                ["last", "week"] => "week of " + format(WeekStart(published).AddDays(-7)),
                ["next", "week"] => "week of " + format(WeekStart(published).AddDays(7)),
                ["last", var day] => format(Previous(published, Array.IndexOf(Weekdays, day))),
                ["next", var day] => format(Next(published, Array.IndexOf(Weekdays, day))),
                _ => null,
            };
            return note is null ? phrase : $"{phrase} [{note}]";
        });

    /// <summary>A date as a digest shows it: "20 Nov", with the year when it is not <paramref name="currentYear"/>.</summary>
    public static string Format(DateOnly date, int currentYear) =>
        date.ToString(date.Year == currentYear ? "d MMM" : "d MMM yyyy", CultureInfo.InvariantCulture);

    private static DateOnly WeekStart(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    // "last Tuesday" said on a Thursday is two days before; said on a Tuesday, a week before.
    private static DateOnly Previous(DateOnly day, int weekday) => day.AddDays(-(((int)day.DayOfWeek - weekday + 6) % 7 + 1));

    private static DateOnly Next(DateOnly day, int weekday) => day.AddDays((weekday - (int)day.DayOfWeek + 6) % 7 + 1);

    [GeneratedRegex(@"\b(?:yesterday|tomorrow|last night|(?:last|next) (?:week|monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b(?!\s*\[)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Relative();
}
