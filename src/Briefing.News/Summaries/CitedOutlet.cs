using System.Text.RegularExpressions;

namespace Briefing.News.Summaries;

/// <summary>Finds the outlet a sentence retells ("Bloomberg reported on Tuesday", "as reported by Bloomberg", "according to Bloomberg").</summary>
public static partial class CitedOutlet
{
    // Capitalised sentence openers that "reported" follows without being an outlet.
    private static readonly HashSet<string> NotOutlets = new(StringComparer.OrdinalIgnoreCase)
    {
        "The", "He", "She", "It", "They", "We", "I", "Officials", "Sources", "Media", "Reports", "Police", "Authorities", "Witnesses", "Reporters",
    };

    /// <summary>The outlet a sentence says its news comes from ("Bloomberg reports", "according to Bloomberg"), or null.</summary>
    public static string? In(string sentence)
    {
        if (!sentence.Contains("report", StringComparison.OrdinalIgnoreCase) && !sentence.Contains("wr", StringComparison.Ordinal)
            && !sentence.Contains("according to", StringComparison.OrdinalIgnoreCase) && !sentence.Contains("told", StringComparison.Ordinal))
            return null;
        foreach (var match in new[] { ReportedBy().Match(sentence), NameReported().Match(sentence), AccordingTo().Match(sentence) })
        {
            if (!match.Success) continue;
            var name = match.Groups["name"].Value.Trim();
            var words = name.Split(' ');
            if (words.Length > 1 && words[0] is "The" or "the" || !NotOutlets.Contains(words[0])) return name;
        }
        return null;
    }

    [GeneratedRegex(@"\b(?:as reported by|reported by|according to a report by)\s+(?<name>(?:the\s+)?[A-Z][\p{L}&.\-]*(?:\s+[A-Z][\p{L}&.\-]*){0,2})")]
    private static partial Regex ReportedBy();

    [GeneratedRegex(@"(?<name>\b[A-Z][\p{L}&.\-]*(?:\s+[A-Z][\p{L}&.\-]*){0,2}),?\s+(?:reported|reports|wrote|writes)\b")]
    private static partial Regex NameReported();

    [GeneratedRegex(@"\baccording to\s+(?<name>(?:the\s+)?(?:[A-Z][\p{L}&.\-]*\s+){0,2}(?:News|Times|Post|Journal|Reuters|Bloomberg|Axios|Politico|Guardian|Telegraph|Agency|Press|Television|TV|Radio|Gazette|Herald|Tribune|Pravda|Interfax|Ukrinform|UNIAN|Kommersant|Izvestia|Spiegel|Monde|CNN|BBC|NBC|CBS|ABC|AFP|AP|TASS|RIA|Politico Europe)\b)")]
    private static partial Regex AccordingTo();
}
