using Briefing.News.Summaries;
using Briefing.News.Text;

namespace Briefing.News.Digests;

/// <summary>A subscriber's /filter for one topic: keep only articles with every Keep word, drop those with any Drop word.</summary>
public sealed record TopicFilter(IReadOnlyList<string> Keep, IReadOnlyList<string> Drop)
{
    /// <summary>No filter: every article of the topic.</summary>
    public static readonly TopicFilter None = new([], []);

    public bool IsEmpty => Keep.Count == 0 && Drop.Count == 0;

    /// <summary>The words as the subscriber types them: "+keep -drop".</summary>
    public string Typed => string.Join(' ', Keep.Select(w => "+" + w).Concat(Drop.Select(w => "-" + w)));

    public bool Admits(SummaryDocument article)
    {
        if (IsEmpty) return true;
        var words = WordTokenizer.Words(article.Title + "\n" + string.Join("\n", article.Paragraphs)).ToHashSet(StringComparer.Ordinal);
        // Filter words may come as the subscriber typed them ("Kiev", "NATO's"): compared in the text's normal form.
        return Keep.SelectMany(WordTokenizer.Words).All(words.Contains) && !Drop.SelectMany(WordTokenizer.Words).Any(words.Contains);
    }
}
