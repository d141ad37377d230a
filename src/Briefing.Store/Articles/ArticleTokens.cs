using System.Runtime.CompilerServices;
using Briefing.News.Text;

namespace Briefing.Store.Articles;

/// <summary>
/// One allocation-light pass over an article's text that yields what the store derives from its words: the distinct
/// lower-case tokens as FTS5's unicode61 tokenizer indexes them, and a hash per word for near-duplicate sketches.
/// </summary>
internal static class ArticleTokens
{
    // Longer runs are no names or words worth comparing (URLs, hashes) and are left out.
    private const int MaxTokenLength = 64;

    /// <param name="distinct">Receives each token once; a token costs a string only the first time it is seen.</param>
    /// <param name="wordHashes">When given, receives a hash per word, name variants hashed as their canonical form.</param>
    public static void Scan(string text, HashSet<string> distinct, List<ulong>? wordHashes)
    {
        var lookup = distinct.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[MaxTokenLength];
        var length = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                if (length < MaxTokenLength) buffer[length] = char.ToLowerInvariant(text[i]);
                length++;
                continue;
            }
            if (length is > 0 and <= MaxTokenLength)
            {
                var token = buffer[..length];
                lookup.Add(token);
                wordHashes?.Add(NameNormalizer.TryNormalize(token, out var canonical) ? Hash(canonical) : Hash(token));
            }
            length = 0;
        }
    }

    /// <summary>The canonical forms of name variants among the tokens that are not tokens themselves ("zelensky" for "zelenskyy").</summary>
    public static IEnumerable<string> MissingCanonicalForms(HashSet<string> tokens)
    {
        var missing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in tokens)
            if (NameNormalizer.TryNormalize(token, out var canonical) && !tokens.Contains(canonical)) missing.Add(canonical);
        return missing;
    }

    // FNV-1a: fast, and good enough once the sketch mixes the shingle hashes.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ulong Hash(ReadOnlySpan<char> word)
    {
        var h = 0xCBF29CE484222325UL;
        foreach (var c in word) h = (h ^ c) * 0x100000001B3UL;
        return h;
    }
}
