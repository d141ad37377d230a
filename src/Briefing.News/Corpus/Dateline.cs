using System.Text.RegularExpressions;

namespace Briefing.News.Corpus;

/// <summary>
/// A wire dateline opening the article: "KYIV (Reuters) —", "WASHINGTON (AP) —", "Washington CNN —", "(CNN) —". It names
/// the outlet; it is not part of the first sentence, and a line that is only a dateline is not a headline.
/// </summary>
internal static partial class Dateline
{
    /// <summary>The outlet and the text after the dateline, when the line opens with one.</summary>
    public static bool TryRead(string line, out string outlet, out string rest)
    {
        outlet = "";
        rest = line;
        if (line.Length < 4 || line.AsSpan(0, Math.Min(line.Length, 60)).IndexOfAny("—–-") < 0) return false;
        var m = Opening().Match(line);
        if (!m.Success) return false;
        var named = m.Groups["outlet"].Value.Trim();
        var after = line[m.Length..].Trim();
        // Capitals without brackets ("Washington CNN —") only count with a place before them or nothing after them.
        if (!m.Groups["bracket"].Success && !m.Groups["place"].Success && after.Length > 0) return false;
        if (after.Length > 0 && !char.IsUpper(after[0]) && !char.IsDigit(after[0]) && after[0] is not ('"' or '“')) return false;
        outlet = named;
        rest = after;
        return true;
    }

    [GeneratedRegex(@"^(?:(?<place>\p{Lu}[\p{L}.'’\-]*(?:[ ,]+\p{Lu}[\p{L}.'’\-]*){0,3}),?\s+)?(?:(?<bracket>\()(?<outlet>\p{Lu}[\p{L}&.'’ ]{1,30}?)\)|(?<outlet>\p{Lu}{2,6}))\s*[—–-]{1,2}\s*")]
    private static partial Regex Opening();
}
