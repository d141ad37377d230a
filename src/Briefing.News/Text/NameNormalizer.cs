namespace Briefing.News.Text;

/// <summary>Maps transliteration variants of names to one form, for matching only (never for display).</summary>
public static class NameNormalizer
{
    private static readonly Dictionary<string, string> Variants = new(StringComparer.Ordinal)
    {
        ["zelenskyy"] = "zelensky",
        ["zelenskiy"] = "zelensky",
        ["kiev"] = "kyiv",
        ["vladimir"] = "volodymyr",
        ["andrey"] = "andrii",
    };

    /// <summary>Normalises one lower-case word.</summary>
    public static string NormalizeWord(string lowerWord) =>
        Variants.TryGetValue(lowerWord, out var canonical) ? canonical : lowerWord;
}
