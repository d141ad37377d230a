using Briefing.News.Text;

namespace Briefing.News.Topics;

/// <summary>A sentence as the classifier sees it: normalised words and their stems, and whether it asks rather than states.</summary>
internal sealed record TokenizedSentence(string Text, IReadOnlyList<string> Words, IReadOnlyList<string> Stems, bool IsQuestion)
{
    public static TokenizedSentence From(string text, bool isQuestion)
    {
        // A typographic apostrophe would split "Ukraine’s" into "ukraine" and "s", pushing words apart.
        var words = WordTokenizer.Words(text.Replace('’', '\'')).ToList();
        return new TokenizedSentence(text, words, words.Select(WordStemmer.Stem).ToList(), isQuestion);
    }

    public static TokenizedSentence From(string text) => From(text, text.TrimEnd().EndsWith('?'));
}
