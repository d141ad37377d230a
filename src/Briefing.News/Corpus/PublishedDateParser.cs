using System.Globalization;
using System.Text.RegularExpressions;

namespace Briefing.News.Corpus;

/// <summary>Reads publication dates from date lines ("Oct 9, 2024 13:17", "Tuesday, 24 September 2024 —") and metadata values.</summary>
internal static partial class PublishedDateParser
{
    /// <summary>
    /// Parses a line that is a dateline: a date, optionally a time, and nothing else but furniture
    /// (weekday, "Published", "Updated", separators, a view counter). A sentence that merely mentions
    /// a date ("on September 24, 2024") is not a dateline, so it yields nothing.
    /// </summary>
    public static bool TryParseDateLine(string line, out DateTimeOffset published) => TryParseDateLine(line, LabelWords, out published);

    /// <summary>
    /// <see cref="TryParseDateLine(string, out DateTimeOffset)"/> with at most <paramref name="labelWords"/> words of a
    /// label before the date: above the headline, "Department Press Briefing – March 12, 2024" is the headline, and only
    /// a short label ("News feed | Tuesday, 28 May 2024") makes a date line.
    /// </summary>
    public static bool TryParseDateLine(string line, int labelWords, out DateTimeOffset published)
    {
        published = default;
        if (line.Length > 120 || line.AsSpan().IndexOfAnyInRange('0', '9') < 0) return false;
        // "By Jane Doe | 24 Sep 2024", "by Jane Doe August 26, 2024", "Ukrainska Pravda — Thursday, 5 September 2024",
        // "Stars and Stripes • September 6, 2024": a byline or a short label before the date does not stop the line
        // being a dateline.
        var byline = BylinePrefix().Match(line);
        if (!byline.Success && LabelPrefix().Match(line) is { Success: true } label
            && TextShape.WordCount(label.Value.TrimEnd(' ', '|', '•', '·', '—', '–')) <= labelWords) byline = label;
        if (byline.Success) line = line[byline.Length..];
        if (!TryFindDate(line, out var date, out var dateMatch)) return false;

        var rest = line.Remove(dateMatch.Index, dateMatch.Length).Insert(dateMatch.Index, " ");
        var time = TimeOfDay().Match(rest);
        var offset = TimeSpan.Zero;
        var clock = TimeSpan.Zero;
        if (time.Success)
        {
            if (!TryReadTime(time, out clock, out offset)) return false;
            rest = rest.Remove(time.Index, time.Length);
        }
        else if (dateMatch.Groups["iso"].Success)
        {
            // An ISO value carries its own time and offset.
            published = date;
            return DateLineLeftover().IsMatch(rest);
        }

        if (!DateLineLeftover().IsMatch(rest)) return false;
        published = new DateTimeOffset(date.Date + clock, offset);
        return true;
    }

    /// <summary>Parses a metadata value (article:published_time, &lt;time datetime&gt;, JSON-LD datePublished); UTC when no offset is stated.</summary>
    public static bool TryParseValue(string value, out DateTimeOffset published)
    {
        value = value.Trim();
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out published))
            return Plausible(published.Year);
        return TryParseDateLine(value, out published);
    }

    private static bool TryFindDate(string text, out DateTimeOffset date, out Match match)
    {
        date = default;
        match = AnyDate().Match(text);
        if (!match.Success) return false;
        var g = match.Groups;

        if (g["iso"].Success)
        {
            // No stated offset means UTC; a stated one is kept.
            if (!DateTimeOffset.TryParse(g["iso"].Value.Replace(' ', 'T'), CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal, out date)) return false;
            return Plausible(date.Year);
        }

        var year = int.Parse(g["y"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(g["d"].Value, CultureInfo.InvariantCulture);
        int month;
        if (g["mon"].Success) month = MonthNumber(g["mon"].Value);
        else
        {
            month = int.Parse(g["m"].Value, CultureInfo.InvariantCulture);
            // Numeric dates are read day first (24.09.2024) unless that is impossible (09/24/2024).
            if (month > 12 && day <= 12) (day, month) = (month, day);
        }
        if (!Plausible(year) || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero);
        return true;
    }

    // CMSs write "0001-01-01" for no date; no page was published then, nor in 9999.
    private static bool Plausible(int year) => year is >= 1900 and <= 2199;

    private static bool TryReadTime(Match time, out TimeSpan clock, out TimeSpan offset)
    {
        clock = default;
        offset = TimeSpan.Zero;
        var hour = int.Parse(time.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(time.Groups["mi"].Value, CultureInfo.InvariantCulture);
        var second = time.Groups["s"].Success ? int.Parse(time.Groups["s"].Value, CultureInfo.InvariantCulture) : 0;
        if (time.Groups["ampm"].Success)
        {
            if (hour is < 1 or > 12) return false;
            var pm = char.ToLowerInvariant(time.Groups["ampm"].Value[0]) == 'p';
            hour = hour % 12 + (pm ? 12 : 0);
        }
        if (hour > 23 || minute > 59 || second > 59) return false;
        clock = new TimeSpan(hour, minute, second);
        if (time.Groups["tz"].Success) offset = ZoneOffset(time.Groups["tz"].Value);
        // Real zones lie within ±14 hours, in whole minutes; "UTC+99" is not one.
        return offset.Duration() <= TimeSpan.FromHours(14) && offset.Minutes % 15 == 0;
    }

    private static TimeSpan ZoneOffset(string zone)
    {
        var z = zone.Trim().ToUpperInvariant().Replace(" ", "");
        var sign = z.IndexOfAny(['+', '-']);
        if (sign >= 0)
        {
            var digits = z[(sign + 1)..].Replace(":", "");
            var hours = int.Parse(digits.Length > 2 ? digits[..^2] : digits, CultureInfo.InvariantCulture);
            var minutes = digits.Length > 2 ? int.Parse(digits[^2..], CultureInfo.InvariantCulture) : 0;
            var span = new TimeSpan(hours, minutes, 0);
            return z[sign] == '-' ? -span : span;
        }
        return z switch
        {
            "EST" => TimeSpan.FromHours(-5), "EDT" => TimeSpan.FromHours(-4),
            "CST" => TimeSpan.FromHours(-6), "CDT" => TimeSpan.FromHours(-5),
            "MST" => TimeSpan.FromHours(-7), "MDT" => TimeSpan.FromHours(-6),
            "PST" => TimeSpan.FromHours(-8), "PDT" => TimeSpan.FromHours(-7),
            "BST" or "CET" => TimeSpan.FromHours(1), "CEST" or "EET" => TimeSpan.FromHours(2),
            "EEST" or "MSK" => TimeSpan.FromHours(3),
            _ => TimeSpan.Zero,
        };
    }

    private static int MonthNumber(string name) => name[..3].ToLowerInvariant() switch
    {
        "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
        "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, "dec" => 12,
        _ => 0,
    };

    private const string Month = @"(?<mon>" + MonthName + @")\.?";

    [GeneratedRegex(
        @"(?<iso>\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)(?![\d:])" +
        @"|\b" + Month + @"\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})\b" +
        @"|\b(?<d>\d{1,2})(?:st|nd|rd|th|\.)?\s+(?:of\s+)?" + Month + @",?\s+(?<y>\d{4})\b" +
        @"|\b(?<d>\d{1,2})[./](?<m>\d{1,2})[./](?<y>\d{4})\b" +
        @"|\b(?<y>\d{4})\.\s?(?<m>\d{1,2})\.\s?(?<d>\d{1,2})\b\.?",
        RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex AnyDate();

    [GeneratedRegex(
        @"\b(?<h>\d{1,2})[:.](?<mi>\d{2})(?::(?<s>\d{2}))?(?:\s*(?<ampm>[ap]\.?m\b\.?))?" +
        @"(?:\s*\(?(?<tz>(?:UTC|GMT)\s*[+-]\d{1,2}(?::?\d{2})?|[+-]\d{2}:?\d{2}|UTC|GMT|Z|E[SD]T|C[SD]T|M[SD]T|P[SD]T|BST|CEST|CET|EEST|EET|MSK)\b\)?)?",
        RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex TimeOfDay();

    [GeneratedRegex(@"^[Bb]y\s+\p{Lu}[^|•·—–\d]{0,60}?(?:\s*[|•·—–]\s*|\s+(?=(?i:" + Weekday + "|" + MonthName + @")\b|\d))")]
    private static partial Regex BylinePrefix();

    private const int LabelWords = 6;

    // A label of up to six words before a separator: "Ukrainska Pravda —", "News |", "Department Press Briefing –".
    [GeneratedRegex(@"^(?:[^|•·—–\d\s]+\s+){0,5}[^|•·—–\d\s]+\s*[|•·—–]\s*(?=(?:" + Weekday + "|" + MonthName + @")\b|\d)", RegexOptions.IgnoreCase)]
    private static partial Regex LabelPrefix();

    private const string Weekday = @"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?";
    private const string MonthName = @"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

    // What may stand beside the date on a dateline: weekday, labels, separators, counters, reading time.
    [GeneratedRegex(
        @"^(?:[\s\p{P}\p{S}]|\d+\s*(?:min(?:ute)?s?\s+read|views?|comments?)\b|\d+h\d+\b|\d+(?:st|nd|rd|th)?\b|" + Weekday + @"\b" +
        @"|" + MonthName + @"\b|published\b|updated\b|posted\b|modified\b|issued\b|last\b|first\b|on\b|at\b|date\b|time\b|created\b|today\b|stand\b|uhr\b|publié\b|le\b|à\b" +
        @"|(?:an?|\d+)\s+(?:hours?|minutes?|mins?|days?)\s+ago\b|[ap]\.?m\b\.?|(?:ET|PT|CT|MT|JST|KST|IST|UK)\b|\([^()]{1,24}\)|(?-i:,\s*(?:The\s+)?\p{Lu}[\p{L}.]+(?:\s+\p{Lu}[\p{L}.]+){0,2}\s*$))*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateLineLeftover();
}
