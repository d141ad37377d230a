using System.Text.RegularExpressions;

namespace Briefing.News.Corpus;

/// <summary>
/// A wire dateline opening the article: "KYIV (Reuters) —", "BRUSSELS, Oct 17 (Reuters) -", "VILNIUS, Lithuania (AP) —",
/// "Fasano, Italy (CNN) —", "WASHINGTON —", "JEDDAH:", "MOSCOW, October 17. /TASS/.", "CNN —". It is not part of the first
/// sentence, and a line that is only a dateline is not a headline. It may name the outlet (the agency) and the day.
/// </summary>
/// <param name="Outlet">The agency or outlet the dateline names, or null for a bare place ("WASHINGTON —").</param>
/// <param name="Month">The month of the dateline's day ("Oct 17"), or null when it states none.</param>
/// <param name="Day">The day of the month, or null when it states none.</param>
/// <param name="Rest">The line after the dateline.</param>
internal sealed partial record Dateline(string? Outlet, int? Month, int? Day, string Rest)
{
    // The same weekday falls on a given date again after 5, 6 or 11 years: within five years there is at most one such year.
    private const int YearsBack = 5;

    /// <summary>Reads the dateline the line opens with, if any.</summary>
    public static bool TryRead(string line, out Dateline dateline)
    {
        dateline = new Dateline(null, null, null, line);
        if (line.Length < 3 || line.AsSpan(0, Math.Min(line.Length, 80)).IndexOfAny("—–-:/") < 0) return false;
        var m = Opening().Match(line);
        if (!m.Success) return false;
        var g = m.Groups;
        var rest = line[m.Length..].Trim();
        if (rest.Length > 0 && !char.IsUpper(rest[0]) && !char.IsDigit(rest[0]) && rest[0] is not ('"' or '“')) return false;

        var place = g["place"].Value;
        var placeInCapitals = place.Length >= 3 && !place.Any(char.IsLower) && place.Count(char.IsLetter) >= 2;
        var hasDate = g["mon"].Success;
        var separator = g["sep"].Value;
        string? outlet = null;
        if (g["bracket"].Success || g["slash"].Success)
        {
            outlet = AgencyName(g["bracket"].Success ? g["bracket"].Value : g["slash"].Value);
        }
        else if (g["caps"].Success)
        {
            // Capitals without brackets ("Washington CNN —") only count with a place before them or nothing after them.
            if (!g["place"].Success && rest.Length > 0) return false;
            outlet = AgencyName(g["caps"].Value);
        }
        else if (placeInCapitals && !g["region"].Success && !hasDate && place.IndexOf(' ') < 0 && place.Length <= 6
                 && (rest.Length == 0 || Agencies.ContainsKey(place)))
        {
            // "CNN —" alone on its line, or a known agency before the text: the outlet, not a place.
            outlet = AgencyName(place);
        }
        else if (!placeInCapitals) return false;   // a bare place is written in capitals: "BRUSSELS —", "KYIV, Ukraine —"

        // "/TASS/." ends with a stop; a stop after anything else is a sentence ending ("KYIV, Ukraine.").
        if (separator == "." && !g["slash"].Success) return false;
        if (separator == ":" && !IsColonDateline(g, place, rest)) return false;

        int? month = hasDate ? MonthNumber(g["mon"].Value) : null;
        int? day = hasDate ? int.Parse(g["day"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
        if (day is < 1 or > 31) return false;
        dateline = new Dateline(outlet, month, day, rest);
        return true;
    }

    /// <summary>
    /// The day the dateline states, in a year found honestly: of the five years up to when the page was first seen, the one
    /// in which that day fell on the weekday the lead's first sentence names ("said on Thursday"). Without a day, a seen
    /// time, or a single named weekday that fits, the date stays unknown: a guessed year would read as news what is not.
    /// </summary>
    public DateTimeOffset? PublishedBy(DateTimeOffset? seen)
    {
        if (Month is not { } month || Day is not { } day || seen is not { } until || NamedWeekday(Rest) is not { } weekday) return null;
        var last = until.UtcDateTime.Date;
        for (var year = last.Year; year > last.Year - YearsBack; year--)
        {
            if (day > DateTime.DaysInMonth(year, month)) continue;
            var date = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified);
            if (date <= last && date.DayOfWeek == weekday) return new DateTimeOffset(date, TimeSpan.Zero);
        }
        return null;
    }

    // The one weekday the first sentence names, if it names exactly one.
    private static DayOfWeek? NamedWeekday(string text)
    {
        var end = text.IndexOf(". ", StringComparison.Ordinal);
        var sentence = end < 0 ? text : text[..end];
        DayOfWeek? found = null;
        foreach (Match m in Weekday().Matches(sentence))
        {
            var day = Enum.Parse<DayOfWeek>(m.Value);
            if (found is { } other && other != day) return null;
            found = day;
        }
        return found;
    }

    // A colon closes a dateline only after one or two capitalised words that are not a label ("MODERATOR:", "THE PRESIDENT:",
    // "MS. PSAKI:" are turns in a transcript, "SUBJECT:" a memo's field) and before a sentence of news.
    private static bool IsColonDateline(GroupCollection g, string place, string rest) =>
        g["place"].Success && !g["region"].Success && !g["mon"].Success && !g["bracket"].Success && !g["slash"].Success
        && !g["caps"].Success && place.Length >= 4 && place.IndexOf('.') < 0 && TextShape.WordCount(place) <= 2
        && !place.Split(' ').Any(LabelWords.Contains) && TextShape.WordCount(rest) >= 6 && TextShape.EndsLikeSentence(rest);

    private static readonly HashSet<string> LabelWords = new(StringComparer.Ordinal)
    {
        "SUBJECT", "FROM", "DATE", "MEMORANDUM", "ATTENTION", "SUMMARY", "BACKGROUND", "TRANSCRIPT",
        "THE", "MODERATOR", "OPERATOR", "PARTICIPANT", "AUDIENCE", "AIDE", "CHILD", "REPORTER", "SPEAKER", "NARRATOR",
        "ANNOUNCER", "INTERVIEWER", "QUESTION", "ANSWER", "PRESIDENT", "SECRETARY", "SENATOR", "OFFICIAL", "AMBASSADOR",
        "ADMIRAL", "GENERAL", "CHAIR", "REPRESENTATIVE", "ADMINISTRATOR", "MEMBER", "NOTE", "UPDATE", "BREAKING", "EDITOR",
        "CORRECTION", "WATCH", "READ", "SOURCE", "PHOTO", "VIDEO",
    };

    /// <summary>An agency as it is usually written ("AP" for "Associated Press", "Reuters" for "REUTERS"); other names as given.</summary>
    public static string AgencyName(string name)
    {
        name = name.Trim();
        return Agencies.TryGetValue(name, out var known) ? known : name;
    }

    /// <summary>True for a news agency or wire service known by name ("AP", "Reuters", "dpa").</summary>
    public static bool IsAgency(string name) => Agencies.ContainsKey(name.Trim());

    private static readonly Dictionary<string, string> Agencies = new(StringComparer.OrdinalIgnoreCase)
    {
        ["AP"] = "AP", ["Associated Press"] = "AP", ["The Associated Press"] = "AP", ["Reuters"] = "Reuters",
        ["AFP"] = "AFP", ["Agence France-Presse"] = "AFP", ["dpa"] = "dpa", ["Bloomberg"] = "Bloomberg", ["CNN"] = "CNN",
        ["TASS"] = "TASS", ["Xinhua"] = "Xinhua", ["UPI"] = "UPI", ["ANI"] = "ANI", ["PTI"] = "PTI", ["BBC"] = "BBC",
        ["EFE"] = "EFE", ["ANSA"] = "ANSA", ["Kyodo"] = "Kyodo", ["Yonhap"] = "Yonhap", ["Interfax"] = "Interfax",
        ["Ukrinform"] = "Ukrinform", ["UNIAN"] = "UNIAN", ["Anadolu"] = "Anadolu", ["RIA Novosti"] = "RIA Novosti",
    };

    private static int MonthNumber(string name) => name[..3].ToLowerInvariant() switch
    {
        "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
        "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, _ => 12,
    };

    private const string Word = @"\p{Lu}[\p{L}.'’\-]*";
    private const string MonthName = @"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

    // place[, region][, Month Day] then an agency "(AP)", "/TASS/", "CNN" or none, then the separator.
    [GeneratedRegex(
        @"^(?:(?<place>" + Word + @"(?:[ /]+" + Word + @"){0,3}?)" +
        @"(?:,\s*(?!" + MonthName + @"\.?\s+\d)(?<region>" + Word + @"(?:\s+" + Word + @"){0,2}))?" +
        @"(?:,\s*(?<mon>" + MonthName + @")\.?\s+(?<day>\d{1,2})\b\.?)?\s*)?" +
        @"(?:\((?<bracket>\p{Lu}[\p{L}&.'’ \-]{1,30}?)\)\s*|/(?<slash>\p{Lu}[\p{L}&.'’ \-]{1,20}?)/\s*|(?<caps>\p{Lu}{2,6})\s*)?" +
        @"(?:(?<sep>[—–:])|(?<=\s)(?<sep>--?)|(?<=/)(?<sep>\.))(?:\s+|$)",
        RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Opening();

    [GeneratedRegex(@"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Weekday();
}
