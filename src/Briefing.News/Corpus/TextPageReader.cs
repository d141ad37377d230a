using System.Buffers;
using System.Text.RegularExpressions;

namespace Briefing.News.Corpus;

/// <summary>Reads a plain-text page into trimmed, non-empty lines without markup, remembering where blank lines separated blocks.</summary>
internal static partial class TextPageReader
{
    public static ParsedPage Read(string text)
    {
        var lines = new List<PageLine>();
        var startsBlock = true;
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            var line = raw.Trim();
            if (line.IsEmpty) { startsBlock = true; continue; }
            var clean = MarkupStripper.Strip(MenuRow(line) ?? CollapseSpaces(line));
            if (clean.Length == 0 || MarkupStripper.IsOnlyMarkup(clean)) { startsBlock = true; continue; }
            // A list item is a paragraph of its own, even when the page wrote no blank line before it.
            lines.Add(new PageLine(clean, startsBlock || StartsListItem(line)));
            startsBlock = false;
        }
        return new ParsedPage(null, null, null, lines);
    }

    // A site menu saved as text keeps its items apart with runs of spaces ("World  Business  Markets  More"); once
    // collapsed it would read as a headline. Three or more short items come back joined by " | ", the separator the
    // line rules know for menus.
    private static string? MenuRow(ReadOnlySpan<char> line)
    {
        if (!line.Contains("  ", StringComparison.Ordinal) && !line.Contains('\t')) return null;
        var parts = new List<string>();
        foreach (var range in MenuGap().EnumerateSplits(line))
        {
            var part = CollapseSpaces(line[range]).Trim('|', ' ');
            if (part.Length == 0) continue;
            if (TextShape.WordCount(part) > 3) return null;
            parts.Add(part);
        }
        return parts.Count >= 3 ? string.Join(" | ", parts) : null;
    }

    [GeneratedRegex(@"\s*\t\s*|\s{2,}(?:\|\s+)?")]
    private static partial Regex MenuGap();

    private static bool StartsListItem(ReadOnlySpan<char> line) =>
        line.Length > 2 && line[0] is '-' or '*' or '+' or '•' && line[1] == ' ';

    private static readonly SearchValues<char> UnusualSpaces = SearchValues.Create(
        "\t\n\v\f\r\u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u2028\u2029\u202f\u205f\u3000\ufeff");

    // Pages carry non-breaking and doubled spaces ("Milton  - 1", "his\u00a0purported"); one plain space reads the same.
    internal static string CollapseSpaces(ReadOnlySpan<char> text)
    {
        // Most lines need nothing done: skip the copy when there is no unusual or doubled space.
        if (text.IndexOfAny(UnusualSpaces) < 0 && !text.Contains("  ", StringComparison.Ordinal)
            && (text.IsEmpty || (text[0] != ' ' && text[^1] != ' ')))
            return new string(text);

        var buffer = text.Length <= 1024 ? stackalloc char[text.Length] : new char[text.Length];
        var n = 0;
        var space = false;
        foreach (var c in text)
        {
            if (c is '\u200b' or '\ufeff') continue;
            if (char.IsWhiteSpace(c)) { space = n > 0; continue; }
            if (space) buffer[n++] = ' ';
            space = false;
            buffer[n++] = c;
        }
        return new string(buffer[..n]);
    }
}
