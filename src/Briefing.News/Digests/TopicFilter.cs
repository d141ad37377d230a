using Briefing.News.Summaries;
using Briefing.News.Text;

namespace Briefing.News.Digests;

/// <summary>A subscriber's word filter for one topic: keep only articles with every required word, drop those with any excluded word.</summary>
public sealed record TopicFilter(IReadOnlyList<string> Required, IReadOnlyList<string> Excluded)
{
    /// <summary>Parses "+word -word ..." (a bare word counts as required); words are matched name-normalised and case-insensitively.</summary>
    public static TopicFilter Parse(string text)
    {
        var required = new List<string>();
        var excluded = new List<string>();
        foreach (var token in text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var target = token[0] == '-' ? excluded : required;
            target.AddRange(WordTokenizer.Words(token.TrimStart('+', '-')));
        }
        return new TopicFilter(required, excluded);
    }

    public bool Admits(SummaryDocument article)
    {
        if (Required.Count == 0 && Excluded.Count == 0) return true;
        var words = WordTokenizer.Words(article.Title + "\n" + string.Join("\n", article.Paragraphs)).ToHashSet(StringComparer.Ordinal);
        // Filter words may come as the subscriber typed them ("Kiev", "NATO's"): compared in the text's normal form.
        return Required.SelectMany(WordTokenizer.Words).All(words.Contains) && !Excluded.SelectMany(WordTokenizer.Words).Any(words.Contains);
    }
}
