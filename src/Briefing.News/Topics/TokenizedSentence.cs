using Briefing.News.Text;

namespace Briefing.News.Topics;

/// <summary>A sentence as the classifier sees it: normalised words and their stems, position by position.</summary>
internal sealed record TokenizedSentence(string Text, IReadOnlyList<string> Words, IReadOnlyList<string> Stems)
{
    public static TokenizedSentence From(string text)
    {
        var words = WordTokenizer.Words(text).ToList();
        return new TokenizedSentence(text, words, words.Select(WordStemmer.Stem).ToList());
    }
}
