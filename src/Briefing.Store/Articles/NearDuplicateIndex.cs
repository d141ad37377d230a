namespace Briefing.Store.Articles;

/// <summary>
/// Finds, among the most recent articles, one whose 5-gram sketch is similar enough to call the same story.
/// Banding (locality-sensitive hashing) keeps each lookup to a few dictionary probes.
/// </summary>
internal sealed class NearDuplicateIndex(int capacity, double threshold)
{
    // 32 bands of 2 bins: a pair at the 0.5 threshold shares a band with probability 1 - 0.75^32 ≈ 0.9999.
    private const int RowsPerBand = 2;
    private readonly Dictionary<ulong, long> latestByBand = [];
    private readonly Dictionary<long, ShingleSignature> signatures = [];
    private readonly Queue<long> order = new();

    public int Count => signatures.Count;

    /// <summary>The highest article id added or seen: articles above it were written by someone else since.</summary>
    public long LastSeenId { get; private set; }

    /// <summary>Records that an article was seen that is not to be indexed (already superseded).</summary>
    public void See(long id) => LastSeenId = Math.Max(LastSeenId, id);

    public long? FindNearDuplicate(ShingleSignature signature)
    {
        if (!signature.IsMeaningful) return null;
        long? best = null;
        var bestSimilarity = 0.0;
        foreach (var key in signature.BandKeys(RowsPerBand))
        {
            if (!latestByBand.TryGetValue(key, out var candidate) || candidate == best) continue;
            if (!signatures.TryGetValue(candidate, out var other)) continue;
            var similarity = signature.Similarity(other);
            if (similarity < threshold) continue;
            if (best is null || similarity > bestSimilarity || (similarity == bestSimilarity && candidate < best))
            {
                best = candidate;
                bestSimilarity = similarity;
            }
        }
        return best;
    }

    public void Add(long id, ShingleSignature signature)
    {
        See(id);
        if (!signature.IsMeaningful) return;
        signatures[id] = signature;
        order.Enqueue(id);
        foreach (var key in signature.BandKeys(RowsPerBand)) latestByBand[key] = id;
        while (order.Count > capacity) Remove(order.Dequeue());
    }

    public void Remove(long id)
    {
        if (!signatures.Remove(id, out var signature)) return;
        foreach (var key in signature.BandKeys(RowsPerBand))
            if (latestByBand.TryGetValue(key, out var holder) && holder == id) latestByBand.Remove(key);
    }
}
