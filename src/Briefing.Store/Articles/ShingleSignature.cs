using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Briefing.Store.Articles;

/// <summary>
/// A MinHash sketch of an article's word 5-grams (one-permutation hashing, 64 bins): the share of equal bins
/// of two sketches estimates the Jaccard similarity of their 5-gram sets.
/// </summary>
internal sealed class ShingleSignature
{
    public const int Bins = 64;
    private const int ShingleLength = 5;
    private readonly uint[] values;

    private ShingleSignature(uint[] values) => this.values = values;

    public ReadOnlySpan<uint> Values => values;

    /// <summary>False for a text too short to sketch; such texts are never called near-duplicates.</summary>
    public bool IsMeaningful => values.Any(v => v != 0);

    /// <param name="words">A hash per word of the body, name variants hashed alike so that spellings do not hide a copy.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ShingleSignature Of(IReadOnlyList<ulong> words)
    {
        var minima = new ulong[Bins];
        Array.Fill(minima, ulong.MaxValue);
        if (words.Count >= ShingleLength)
        {
            for (var i = 0; i + ShingleLength <= words.Count; i++)
            {
                var h = words[i];
                for (var j = 1; j < ShingleLength; j++) h = h * 0x100000001B3UL + words[i + j];
                h = Mix(h);
                // Top 6 bits choose the bin, the rest compete for its minimum.
                var bin = (int)(h >> 58);
                var rest = h & 0x03FF_FFFF_FFFF_FFFFUL;
                if (rest < minima[bin]) minima[bin] = rest;
            }
        }
        return new ShingleSignature(Densify(minima));
    }

    public static ShingleSignature FromBytes(byte[] bytes) => new(MemoryMarshal.Cast<byte, uint>(bytes).ToArray());

    public byte[] ToBytes() => MemoryMarshal.AsBytes(values.AsSpan()).ToArray();

    /// <summary>Estimated Jaccard similarity of the two texts' 5-gram sets.</summary>
    public double Similarity(ShingleSignature other)
    {
        var equal = 0;
        for (var i = 0; i < Bins; i++) if (values[i] == other.values[i]) equal++;
        return (double)equal / Bins;
    }

    /// <summary>A key per band of <paramref name="rows"/> bins: texts sharing any band key are candidates.</summary>
    public IEnumerable<ulong> BandKeys(int rows)
    {
        for (var band = 0; band < Bins / rows; band++)
        {
            var key = (ulong)band + 1;
            for (var r = 0; r < rows; r++) key = Mix(key * 31 + values[band * rows + r]);
            yield return key;
        }
    }

    // Empty bins borrow the next filled bin's value (salted by distance), so short texts still compare bin by bin.
    private static uint[] Densify(ulong[] minima)
    {
        var values = new uint[Bins];
        if (minima.All(m => m == ulong.MaxValue)) return values;
        for (var i = 0; i < Bins; i++)
        {
            var distance = 0;
            while (minima[(i + distance) % Bins] == ulong.MaxValue) distance++;
            var value = (uint)Mix(minima[(i + distance) % Bins] + (ulong)distance);
            values[i] = value == 0 ? 1 : value;
        }
        return values;
    }

    // SplitMix64 finaliser: spreads similar inputs over all 64 bits.
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
