namespace Briefing.News.Corpus;

/// <summary>Reads a plain-text page into trimmed, non-empty lines, remembering where blank lines separated blocks.</summary>
public static class TextPageReader
{
    public static ParsedPage Read(string text)
    {
        var lines = new List<PageLine>();
        var startsBlock = true;
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            var line = raw.Trim();
            if (line.IsEmpty) { startsBlock = true; continue; }
            lines.Add(new PageLine(CollapseSpaces(line), startsBlock));
            startsBlock = false;
        }
        return new ParsedPage(null, null, null, lines);
    }

    // Pages carry non-breaking and doubled spaces ("Milton  - 1", "his\u00a0purported"); one plain space reads the same.
    internal static string CollapseSpaces(ReadOnlySpan<char> text)
    {
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
