using System.Runtime.CompilerServices;
using Briefing.News.Text;

namespace Briefing.News.Topics;

/// <summary>A <see cref="TopicPhrase"/> compiled to, per word slot, which vocabulary numbers it accepts.</summary>
internal sealed class PhraseMatcher
{
    private readonly bool[][] slots;
    // Whether a vocabulary number fits any slot: most words are rejected by one array read.
    private readonly bool[] anySlot;

    private PhraseMatcher(TopicPhrase phrase, bool[][] slots, int vocabularySize)
    {
        Phrase = phrase;
        this.slots = slots;
        anySlot = new bool[vocabularySize];
        foreach (var slot in slots)
            for (var id = 0; id < vocabularySize; id++) anySlot[id] |= slot[id];
    }

    public TopicPhrase Phrase { get; }

    public int SlotCount => slots.Length;

    /// <summary>Whether the words of the phrase must stand together in order (else anywhere within a span).</summary>
    public bool IsContiguous => Phrase.Within is null;

    public static PhraseMatcher Compile(TopicPhrase phrase, TopicVocabulary vocabulary)
    {
        var slots = Slots(phrase.Text).Select(stems =>
        {
            var accepts = new bool[vocabulary.Count];
            foreach (var stem in stems) accepts[vocabulary.IdOfStem(stem)] = true;
            return accepts;
        }).ToArray();
        return new PhraseMatcher(phrase, slots, vocabulary.Count);
    }

    /// <summary>
    /// Splits a phrase into word slots of stems: "a|b" is one slot of alternatives; any other chunk is tokenised like
    /// text, so "long-term" is two slots and "Zelenskyy" becomes the normalised "zelensky".
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> Slots(string text)
    {
        var slots = new List<IReadOnlyList<string>>();
        foreach (var chunk in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (chunk.Contains('|'))
                slots.Add(chunk.Split('|').SelectMany(WordTokenizer.Words).Select(WordStemmer.Stem).Distinct().ToList());
            else
                slots.AddRange(WordTokenizer.Words(chunk).Select(w => new[] { WordStemmer.Stem(w) }));
        }
        return slots;
    }

    /// <summary>
    /// The word positions of each match in the sentence. A contiguous phrase counts every occurrence that uses no
    /// position already in <paramref name="taken"/> (and takes its own); a within-phrase counts once per sentence.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public IReadOnlyList<int[]> Matches(TokenizedSentence sentence, bool[] taken)
    {
        var ids = sentence.Ids;
        if (slots.Length == 0) return [];
        if (!IsContiguous) return MatchWithin(ids, sentence.VocabularyPositions, Phrase.Within!.Value) is { } match ? [match] : [];
        List<int[]>? matches = null;
        // A match starts on a word the vocabulary knows, so only those positions are tried.
        foreach (var start in sentence.VocabularyPositions)
        {
            if (start + slots.Length > ids.Length) break;
            var k = 0;
            while (k < slots.Length && !taken[start + k] && Accepts(k, ids[start + k])) k++;
            if (k < slots.Length) continue;
            var match = Enumerable.Range(start, k).ToArray();
            foreach (var p in match) taken[p] = true;
            (matches ??= []).Add(match);
        }
        return matches ?? (IReadOnlyList<int[]>)[];
    }

    private bool Accepts(int slot, int id) => id >= 0 && slots[slot][id];

    // Every slot must find its own word inside one span of `within` words; order is free ("NATO ... to join").
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int[]? MatchWithin(int[] ids, int[] vocabularyPositions, int within)
    {
        // A slot no word of the sentence fills rules the phrase out before any span is tried.
        for (var k = 0; k < slots.Length; k++)
        {
            var filled = false;
            foreach (var p in vocabularyPositions) if (slots[k][ids[p]]) { filled = true; break; }
            if (!filled) return null;
        }
        var positions = new int[slots.Length];
        foreach (var start in vocabularyPositions)
        {
            if (!anySlot[ids[start]]) continue;
            var end = Math.Min(ids.Length, start + within);
            var k = 0;
            for (; k < slots.Length; k++)
            {
                positions[k] = -1;
                for (var i = start; i < end && positions[k] < 0; i++)
                    if (Accepts(k, ids[i]) && Array.IndexOf(positions, i, 0, k) < 0) positions[k] = i;
                if (positions[k] < 0) break;
            }
            if (k == slots.Length) return positions.Order().ToArray();
        }
        return null;
    }
}
