using Briefing.News.Text;

namespace Briefing.News.Topics;

/// <summary>A <see cref="TopicPhrase"/> compiled to one set of accepted stems per word slot.</summary>
internal sealed class PhraseMatcher
{
    private readonly IReadOnlyList<HashSet<string>> slots;

    private PhraseMatcher(TopicPhrase phrase, IReadOnlyList<HashSet<string>> slots)
    {
        Phrase = phrase;
        this.slots = slots;
    }

    public TopicPhrase Phrase { get; }

    public int SlotCount => slots.Count;

    /// <summary>Whether the words of the phrase must stand together in order (else anywhere within a span).</summary>
    public bool IsContiguous => Phrase.Within is null;

    public static PhraseMatcher Compile(TopicPhrase phrase) => new(phrase, Slots(phrase.Text));

    /// <summary>
    /// Splits a phrase into word slots: "a|b" is one slot of alternatives; any other chunk is tokenised like text,
    /// so "long-term" is two slots and "Zelenskyy" becomes the normalised "zelensky".
    /// </summary>
    public static IReadOnlyList<HashSet<string>> Slots(string text)
    {
        var slots = new List<HashSet<string>>();
        foreach (var chunk in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (chunk.Contains('|'))
                slots.Add(chunk.Split('|').SelectMany(WordTokenizer.Words).Select(WordStemmer.Stem).ToHashSet(StringComparer.Ordinal));
            else
                slots.AddRange(WordTokenizer.Words(chunk).Select(w => new HashSet<string>(StringComparer.Ordinal) { WordStemmer.Stem(w) }));
        }
        return slots;
    }

    /// <summary>
    /// The word positions of each match in the sentence. A contiguous phrase counts every occurrence that uses no
    /// position already in <paramref name="taken"/> (and takes its own); a within-phrase counts once per sentence.
    /// </summary>
    public IReadOnlyList<int[]> Matches(TokenizedSentence sentence, bool[] taken)
    {
        if (slots.Count == 0) return [];
        if (!IsContiguous) return MatchWithin(sentence.Stems, Phrase.Within!.Value) is { } match ? [match] : [];
        var matches = new List<int[]>();
        for (var start = 0; start + slots.Count <= sentence.Stems.Count; start++)
        {
            var k = 0;
            while (k < slots.Count && !taken[start + k] && slots[k].Contains(sentence.Stems[start + k])) k++;
            if (k < slots.Count) continue;
            var match = Enumerable.Range(start, k).ToArray();
            foreach (var p in match) taken[p] = true;
            matches.Add(match);
        }
        return matches;
    }

    // Every slot must find a word inside one span of `within` words; order is free ("NATO ... to join").
    private int[]? MatchWithin(IReadOnlyList<string> stems, int within)
    {
        for (var start = 0; start < stems.Count; start++)
        {
            if (!slots.Any(s => s.Contains(stems[start]))) continue;
            var end = Math.Min(stems.Count, start + within);
            var positions = new int[slots.Count];
            var used = new HashSet<int>();
            var found = true;
            for (var k = 0; k < slots.Count && found; k++)
            {
                found = false;
                for (var i = start; i < end; i++)
                {
                    if (used.Contains(i) || !slots[k].Contains(stems[i])) continue;
                    positions[k] = i;
                    used.Add(i);
                    found = true;
                    break;
                }
            }
            if (found) return positions.Order().ToArray();
        }
        return null;
    }
}
