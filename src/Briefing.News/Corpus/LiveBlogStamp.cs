using System.Text.RegularExpressions;

namespace Briefing.News.Corpus;

/// <summary>The time a live blog puts before an entry ("18:55 CET — Zelensky: …", "17:40 — …"): when, not what was said.</summary>
internal static partial class LiveBlogStamp
{
    /// <summary>The paragraph without the time it opens with, or as it is when it opens with none.</summary>
    public static string Strip(string paragraph)
    {
        if (paragraph.Length < 8 || !char.IsDigit(paragraph[0])) return paragraph;
        var m = Stamp().Match(paragraph);
        return m.Success ? paragraph[m.Length..] : paragraph;
    }

    // A clock time, perhaps a zone, a dash, then a capital: "3.30pm GMT – Ministers…"; "18:55 CET —".
    [GeneratedRegex(@"^(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*[aApP]\.?[mM]\.?)?(?:\s+\p{Lu}{2,5}(?:[+-]\d{1,2})?)?\s*[—–-]\s+(?=[\p{Lu}""“‘'\d])",
        RegexOptions.CultureInvariant)]
    private static partial Regex Stamp();
}
