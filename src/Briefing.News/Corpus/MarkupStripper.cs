using System.Net;
using System.Text.RegularExpressions;

namespace Briefing.News.Corpus;

/// <summary>
/// Markup in plain-text pages (pages saved as Markdown, or with HTML left in): tags and entities, Markdown emphasis,
/// escapes and headings, list bullets and footnote marks are taken out of a line, keeping its words
/// ("June 13&lt;sup&gt;th&lt;/sup&gt;" reads "June 13th", "**Today,** the President" reads "Today, the President").
/// </summary>
internal static partial class MarkupStripper
{
    public static string Strip(string line)
    {
        // Most lines carry none of it: skip the regular expressions for them.
        if (line.AsSpan().IndexOfAny("<&*_\\[^#-•·¹²³⁴⁵⁶⁷⁸⁹⁰") < 0) return line;
        var text = line;
        if (text.Contains('<')) text = Tag().Replace(text, "");
        if (text.Contains('&')) text = WebUtility.HtmlDecode(text);
        if (text.Contains('\\')) text = Escape().Replace(text, "$1");
        text = ListBullet().Replace(text, "");
        text = Heading().Replace(text, "");
        if (text.Contains('*') || text.Contains('_')) text = Emphasis().Replace(text, "");
        text = Footnote().Replace(text, "");
        return text.Trim();
    }

    /// <summary>A line that is only markup: a rule ("***", "---"), an end mark ("###"), an empty list item.</summary>
    public static bool IsOnlyMarkup(string line) => line.Length > 0 && RuleOrMark().IsMatch(line);

    [GeneratedRegex(@"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\\([\\`*_{}\[\]()#+\-.!|>~])")]
    private static partial Regex Escape();

    [GeneratedRegex(@"^(?:[-*+•·▪◦]|\d{1,2}[.)])\s+(?=\S)")]
    private static partial Regex ListBullet();

    [GeneratedRegex(@"^#{1,6}\s+")]
    private static partial Regex Heading();

    // "**bold**", "*em*", "__bold__", "_em_" and a stray leading or trailing star.
    [GeneratedRegex(@"(?<![\p{L}\d])(?:\*{1,3}|_{1,3})(?=\S)|(?<=\S)(?:\*{1,3}|_{1,3})(?![\p{L}\d])")]
    private static partial Regex Emphasis();

    // "[1]", "[12]", "^3", superscript digits after a word or stop.
    [GeneratedRegex(@"(?<=[\p{L}.,;:)”""’])(?:\[\d{1,3}\]|\^\d{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)")]
    private static partial Regex Footnote();

    [GeneratedRegex(@"^(?:[-*_=#\\\s]{3,}|[-*+•])$")]
    private static partial Regex RuleOrMark();
}
