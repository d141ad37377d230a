namespace Briefing.News.Text;

/// <summary>Splits text into lower-case, name-normalised words for matching and scoring.</summary>
public static class WordTokenizer
{
    public static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] == '\'' && start >= 0));
            if (isWord) { if (start < 0) start = i; continue; }
            if (start < 0) continue;
            var word = text[start..i].Trim('\'').ToLowerInvariant();
            start = -1;
            if (word.EndsWith("'s", StringComparison.Ordinal)) word = word[..^2];
            if (word.Length > 0) yield return NameNormalizer.NormalizeWord(word);
        }
    }
}
