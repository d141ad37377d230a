namespace Briefing.News.Summaries;

/// <summary>A sparse, unit-length TF-IDF vector: term ids in ascending order with their weights.</summary>
internal sealed class TermVector(int[] ids, float[] weights)
{
    public static readonly TermVector Empty = new([], []);

    public int[] Ids { get; } = ids;

    public float[] Weights { get; } = weights;

    public bool IsEmpty => Ids.Length == 0;

    /// <summary>Builds a unit vector from raw term counts (parallel arrays, any order) and inverse document frequencies.</summary>
    public static TermVector From(int[] ids, int[] counts, float[] idf)
    {
        if (ids.Length == 0) return Empty;
        Array.Sort(ids, counts);
        var weights = new float[ids.Length];
        var norm = 0.0;
        for (var i = 0; i < ids.Length; i++)
        {
            var w = (1 + Math.Log(counts[i])) * idf[ids[i]];
            weights[i] = (float)w;
            norm += w * w;
        }
        if (norm <= 0) return Empty;
        var scale = (float)(1 / Math.Sqrt(norm));
        for (var i = 0; i < weights.Length; i++) weights[i] *= scale;
        return new TermVector(ids, weights);
    }

    /// <summary>Cosine similarity (both vectors are unit length).</summary>
    public double Dot(TermVector other)
    {
        double sum = 0;
        int i = 0, j = 0;
        var a = Ids;
        var b = other.Ids;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) { sum += Weights[i] * other.Weights[j]; i++; j++; }
            else if (a[i] < b[j]) i++;
            else j++;
        }
        return sum;
    }

    /// <summary>How many terms the two vectors have in common.</summary>
    public int SharedTerms(TermVector other)
    {
        int shared = 0, i = 0, j = 0;
        while (i < Ids.Length && j < other.Ids.Length)
        {
            if (Ids[i] == other.Ids[j]) { shared++; i++; j++; }
            else if (Ids[i] < other.Ids[j]) i++;
            else j++;
        }
        return shared;
    }

    /// <summary>Similarity to a dense vector (for the centroid).</summary>
    public double Dot(double[] dense)
    {
        double sum = 0;
        for (var i = 0; i < Ids.Length; i++) sum += Weights[i] * dense[Ids[i]];
        return sum;
    }
}
