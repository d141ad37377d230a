namespace Briefing.News.Summaries;

/// <summary>
/// Groups articles that carry the same text (a wire story reprinted, a copy with a new headline), so the
/// story counts once. Compares sampled word 5-gram shingles through an inverted index, never all pairs.
/// </summary>
internal static class StoryGrouper
{
    private const int ShingleLength = 5;
    // Keep one shingle in four, chosen by hash, so every article samples the same shingles consistently.
    private const int SampleModulus = 4;
    // A shingle found in this many articles is boilerplate, not evidence that two articles are one story.
    private const int MaxPostings = 25;
    private const double MinContainment = 0.5;
    private const int MinSharedShingles = 3;

    /// <summary>Returns, for each document, the index of the first document of its story.</summary>
    public static int[] Group(IReadOnlyList<IReadOnlyList<int>> documentTerms)
    {
        var count = documentTerms.Count;
        var shingleSets = new HashSet<ulong>[count];
        Parallel.For(0, count, d => shingleSets[d] = Shingles(documentTerms[d]));
        var postings = new Dictionary<ulong, List<int>>();
        var shared = new Dictionary<(int, int), int>();
        for (var d = 0; d < count; d++)
        {
            foreach (var shingle in shingleSets[d])
            {
                if (!postings.TryGetValue(shingle, out var docs)) postings[shingle] = docs = [];
                if (docs.Count >= MaxPostings) continue;
                foreach (var other in docs)
                    shared[(other, d)] = shared.GetValueOrDefault((other, d)) + 1;
                docs.Add(d);
            }
        }

        var parent = Enumerable.Range(0, count).ToArray();
        foreach (var ((a, b), n) in shared.OrderBy(p => p.Key.Item1).ThenBy(p => p.Key.Item2))
        {
            var smaller = Math.Min(shingleSets[a].Count, shingleSets[b].Count);
            if (n >= MinSharedShingles && n >= MinContainment * smaller) Union(parent, a, b);
        }
        return Enumerable.Range(0, count).Select(d => Find(parent, d)).ToArray();
    }

    private static HashSet<ulong> Shingles(IReadOnlyList<int> terms)
    {
        var set = new HashSet<ulong>();
        for (var i = 0; i + ShingleLength <= terms.Count; i++)
        {
            var hash = 1469598103934665603UL;
            for (var k = 0; k < ShingleLength; k++) hash = (hash ^ (uint)terms[i + k]) * 1099511628211UL;
            if (hash % SampleModulus == 0) set.Add(hash);
        }
        return set;
    }

    private static int Find(int[] parent, int x)
    {
        while (parent[x] != x) x = parent[x] = parent[parent[x]];
        return x;
    }

    // The smaller index becomes the root, so a group is named by its first document whatever the merge order.
    private static void Union(int[] parent, int a, int b)
    {
        var ra = Find(parent, a);
        var rb = Find(parent, b);
        if (ra == rb) return;
        if (ra < rb) parent[rb] = ra; else parent[ra] = rb;
    }
}
