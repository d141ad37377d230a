using System.Text.RegularExpressions;

namespace Briefing.News.Corpus;

/// <summary>Finds the outlet a page names for itself: "Last news in Fakti", "Join NewsTrack Whatsapp group", "© 2024 Kyiv Post".</summary>
internal static partial class OutletParser
{
    public static bool TryParse(string line, out string outlet)
    {
        outlet = "";
        if (line.Length > 100) return false;
        var match = OutletLine().Match(line.Trim());
        if (!match.Success) match = BylineOutlet(line.Trim());
        if (!match.Success) return false;
        var name = match.Groups["name"].Value.Trim().TrimEnd('.', ',', ':', '!');
        if (name.Length < 2 || TextShape.WordCount(name) > 4 || NotNames.Contains(name.ToLowerInvariant())) return false;
        outlet = name;
        return true;
    }

    /// <summary>
    /// A masthead: one to four words, each capitalised (or a site name such as "ekathimerini.com"), not only section
    /// words ("World News", "Europe Edition", "Russia-Ukraine war" are sections; "AP NEWS", "The Guardian" are names).
    /// </summary>
    public static bool IsMasthead(string line)
    {
        var text = line.Trim().TrimEnd('.');
        if (text.Length < 2 || text.Length > 40 || text.Contains('|') || text.Contains(':')) return false;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 4 || words[0].Equals("by", StringComparison.OrdinalIgnoreCase)) return false;
        var allSections = true;
        foreach (var word in words)
        {
            var first = word.FirstOrDefault(char.IsLetter);
            if (first == default) return false;
            var siteName = word.Contains('.') && char.IsLetter(word[^1]);
            if (!char.IsUpper(first) && !siteName && !(words.Length == 1 && word.All(c => char.IsLower(c) || !char.IsLetter(c)))) return false;
            allSections &= SectionWords.Contains(word.ToLowerInvariant());
        }
        return !allSections;
    }

    private static readonly HashSet<string> SectionWords = new(StringComparer.Ordinal)
    {
        "news", "world", "europe", "home", "live", "politics", "business", "opinion", "sport", "sports", "culture",
        "menu", "search", "video", "edition", "english", "international", "latest", "breaking", "ukraine", "war",
        "russia", "russia-ukraine", "the", "and", "top", "stories", "national", "security", "defence", "defense",
        "military", "economy", "society", "analysis", "explainer", "features", "newsletter", "podcast", "subscribe",
        "updates", "germany", "france", "britain", "uk", "us", "u.s", "usa", "america", "americas", "asia", "africa",
        "middle", "east", "poland", "china", "italy", "spain", "global",
    };

    /// <summary>
    /// A masthead set in capitals, in the case a reader writes it: "THE KYIV INDEPENDENT" is The Kyiv Independent,
    /// "POLITICO" Politico; initials ("BBC NEWS", "AP", "DW") and hyphenated names ("RBC-UKRAINE") keep their capitals.
    /// </summary>
    public static string MastheadName(string text)
    {
        var words = text.Trim().TrimEnd('.').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Any(w => w.Any(char.IsLower))) return string.Join(' ', words);
        return string.Join(' ', words.Select((w, n) =>
            n > 0 && w is "THE" or "AND" or "OF" or "FROM" or "IN" or "ON" or "FOR" ? w.ToLowerInvariant()
            : w.Length <= 3 && w is not ("THE" or "AND" or "OF") || w.Contains('-') || !w.All(char.IsLetter) ? w
            : string.Concat(w[..1], w[1..].ToLowerInvariant())));
    }

    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "us", "our", "the", "my", "this", "your", "all", "more", "world", "ukraine", "today", "brief", "english",
    };

    // A byline naming the outlet's own staff or desk ("By Sky News reporter", "By Swissinfo staff with agencies"), its name with
    // the agencies it drew on ("By Euronews with AP, AFP"), or an agency alone ("By Reuters"); "By Jane Doe" names a person.
    private static Match BylineOutlet(string line)
    {
        var m = Byline().Match(line);
        if (!m.Success) return m;
        var after = m.Groups["after"].Value;
        if (after.Length == 0) return Dateline.IsAgency(m.Groups["name"].Value) ? m : Match.Empty;
        if (!after.StartsWith("with ", StringComparison.OrdinalIgnoreCase)) return m;
        var credited = after[5..].Split([',', ' '], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        return Dateline.IsAgency(credited) || credited is "agencies" or "wires" ? m : Match.Empty;
    }

    private const string Name = @"(?<name>\p{Lu}[\p{L}\d.&'’-]*(?:\s+[\p{Lu}\d][\p{L}\d.&'’-]*){0,3})";

    // Keywords are matched in any case, the name itself must be capitalised.
    [GeneratedRegex(
        @"^(?i:(?:the\s+)?(?:last|latest|breaking|top)\s+news\s+(?:in|from|on|at))\s+" + Name + @"\s*$" +
        @"|^(?i:join\s+(?:the\s+)?)" + Name + @"\s+(?i:(?:on\s+)?(?:whatsapp|telegram|viber|signal|discord|facebook)\b).{0,20}$" +
        @"|^(?i:(?:follow|download|subscribe\s+to|sign\s+up\s+for|get)\s+(?:the\s+)?)" + Name +
        @"(?i:\s+on\s+(?:twitter|facebook|telegram|instagram|x|google\s+news|whatsapp)|\s+(?:app|newsletter|mobile\s+app))\b.{0,20}$" +
        @"|^(?i:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?" + Name + @"\.?(?i:[\s,.]*all\s+rights\s+reserved\.?)?\s*$",
        RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex OutletLine();

    [GeneratedRegex(@"^By\s+" + Name + @"\s+(?<after>(?i:with|staff|reporters?|correspondents?|team|desk|newsroom)\b.{0,60})$|^By\s+" + Name + "$",
        RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Byline();
}
