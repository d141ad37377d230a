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
            while (i < text.Length && !char.IsLetterOrDigit(text[i])) i++;
            if (i >= text.Length) yield break;

            var length = 0;
            while (i < text.Length)
            {
                var c = text[i];
                if (char.IsLetterOrDigit(c)) { }
                else if (IsApostrophe(c) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]) && length > 0) c = '\'';
                else break;
                if (length == buffer.Length) Array.Resize(ref buffer, buffer.Length * 2);
                buffer[length++] = char.ToLowerInvariant(c);
                i++;
            }

            if (length > 2 && buffer[length - 2] == '\'' && buffer[length - 1] == 's') length -= 2;
            yield return NameNormalizer.TryNormalize(buffer.AsSpan(0, length), out var canonical)
                ? canonical
                : new string(buffer, 0, length);
        }
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ';
}
