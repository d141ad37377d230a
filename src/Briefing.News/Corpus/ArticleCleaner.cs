namespace Briefing.News.Corpus;

/// <summary>Turns a raw page (plain text or HTML) into a <see cref="CleanedArticle"/>.</summary>
public sealed class ArticleCleaner
{
    // First cut: headline is the first non-empty line, everything else is body.
    // The corpus issue replaces this with furniture removal, date and outlet detection.
    public CleanedArticle CleanText(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n')
            .Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (lines.Count == 0) return new CleanedArticle("", null, null, []);
        return new CleanedArticle(lines[0], null, null, lines.Skip(1).ToList());
    }

    public CleanedArticle CleanHtml(string html) => CleanText(html);
}
