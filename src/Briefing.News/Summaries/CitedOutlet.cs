using System.Text.RegularExpressions;
using Briefing.News.Text;

namespace Briefing.News.Summaries;

/// <summary>Finds the outlet an article retells ("Bloomberg reported on Tuesday", "as reported by Bloomberg") in its opening sentences.</summary>
public static partial class CitedOutlet
{
    private const int OpeningSentences = 4;

    // Capitalised sentence openers that "reported" follows without being an outlet.
    private static readonly HashSet<string> NotOutlets = new(StringComparer.OrdinalIgnoreCase)
    {
        "The", "He", "She", "It", "They", "We", "I", "Officials", "Sources", "Media", "Reports", "Police", "Authorities", "Witnesses", "Reporters",
    };

    public static string? Find(SummaryDocument document)
    {
        var seen = 0;
        foreach (var paragraph in document.Paragraphs)
        {
            foreach (var sentence in SentenceSplitter.Split(paragraph))
            {
                if (seen++ >= OpeningSentences) return null;
                var match = ReportedBy().Match(sentence);
                if (!match.Success) match = NameReported().Match(sentence);
                if (!match.Success) continue;
                var name = match.Groups["name"].Value.Trim();
                if (!NotOutlets.Contains(name.Split(' ')[0]) && !string.Equals(name, document.Outlet, StringComparison.OrdinalIgnoreCase))
                    return name;
            }
        }
        return null;
    }

    [GeneratedRegex(@"\b(?:as reported by|reported by|according to a report by)\s+(?<name>(?:the\s+)?[A-Z][\p{L}&.\-]*(?:\s+[A-Z][\p{L}&.\-]*){0,2})")]
    private static partial Regex ReportedBy();

    [GeneratedRegex(@"(?<name>\b[A-Z][\p{L}&.\-]*(?:\s+[A-Z][\p{L}&.\-]*){0,2}),?\s+(?:reported|reports|wrote|writes)\b")]
    private static partial Regex NameReported();
}
