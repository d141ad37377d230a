namespace Briefing.News.Text;

/// <summary>Splits text into lower-case, name-normalised words for matching and scoring.</summary>
public static class WordTokenizer
{
    /// <summary>
    /// Words are runs of letters and digits; an apostrophe inside a word stays (as ') and a possessive 's or ’s is dropped,
    /// so "Zelenskyy’s" and "Zelensky's" both give "zelensky".
    /// </summary>
    public static IEnumerable<string> Words(string text)
    {
        // One buffer per call; a word costs one string, or none when it is a known name variant.
        var buffer = new char[64];
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !IsWordChar(text[i])) i++;
            if (i >= text.Length) yield break;

            var start = i;
            var curly = false;
            for (; i < text.Length; i++)
            {
                var c = text[i];
                if (IsWordChar(c)) continue;
                if (!IsApostrophe(c) || i + 1 >= text.Length || !IsWordChar(text[i + 1])) break;
                curly |= c != '\'';
            }

            var length = i - start;
            if (length > 2 && IsApostrophe(text[i - 2]) && text[i - 1] is 's' or 'S') length -= 2;   // possessive
            if (length > buffer.Length) buffer = new char[length * 2];
            var word = buffer.AsSpan(0, length);
            text.AsSpan(start, length).ToLowerInvariant(word);
            if (curly)
            {
                word.Replace('’', '\'');
                word.Replace('ʼ', '\'');
            }
            yield return NameNormalizer.TryNormalize(word, out var canonical) ? canonical : new string(word);
        }
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ';

    // ASCII first: nearly every character of an English article, and much cheaper than the Unicode tables.
    private static bool IsWordChar(char c) =>
        c < 128 ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c);

}
