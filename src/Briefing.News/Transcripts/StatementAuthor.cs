using System.Text.RegularExpressions;

namespace Briefing.News.Transcripts;

/// <summary>
/// Who speaks in a statement with no turns, from its title: "Statement from President Biden on …" is President Biden's,
/// and "Remarks by APNSA Jake Sullivan at …" are National Security Advisor Jake Sullivan's (the office spelled out).
/// </summary>
public static partial class StatementAuthor
{
    public static string? Of(string title)
    {
        var m = Author().Match(title);
        return m.Success ? RoleVocabulary.SpelledOut(m.Groups["name"].Value.Trim().TrimEnd(',', ':')) : null;
    }

    [GeneratedRegex(@"^(?:Statement|Remarks|Message|Letter)\s+(?:from|by)\s+(?<name>(?:[\p{Lu}][\p{L}.'’\-]*,?\s*){1,8}?)(?:\s+(?:on|about|regarding|to|at|in|for|ahead|after|before|marking|celebrating|honoring)\b|$)")]
    private static partial Regex Author();
}
