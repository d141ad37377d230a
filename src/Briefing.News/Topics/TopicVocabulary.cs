namespace Briefing.News.Topics;

/// <summary>
/// Every stem any topic looks for, numbered. Text words are mapped to these numbers once per sentence, and words no
/// topic looks for become -1 without being stemmed, which keeps classification fast on long documents.
/// </summary>
internal sealed class TopicVocabulary
{
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    // First three letters of every stem (and of its -ies form): a word whose start is not here cannot match.
    private readonly HashSet<(char, char, char)> prefixes = [];

    public TopicVocabulary(IEnumerable<string> stems)
    {
        foreach (var stem in stems)
        {
            if (!ids.TryAdd(stem, ids.Count) || stem.Length < 3) continue;
            prefixes.Add((stem[0], stem[1], stem[2]));
            if (stem.EndsWith('y')) { var plural = stem[..^1] + "ies"; prefixes.Add((plural[0], plural[1], plural[2])); }
        }
    }

    public int Count => ids.Count;

    public int IdOfStem(string stem) => ids.TryGetValue(stem, out var id) ? id : -1;

    /// <summary>The number of a text word's stem, or -1 when no topic looks for it.</summary>
    public int IdOfWord(string word)
    {
        if (word.Length > 3 && !prefixes.Contains((word[0], word[1], word[2]))) return -1;
        return IdOfStem(WordStemmer.Stem(word));
    }
}
