namespace Briefing.News.Text;

/// <summary>Maps transliteration variants of names to one form, for matching only (never for display).</summary>
public static class NameNormalizer
{
    // Canonical form first, then its variants (Ukrainian-based romanisation is canonical).
    private static readonly string[][] Groups =
    [
        ["zelensky", "zelenskyy", "zelenskiy", "zelenskyi", "zelenskij", "zelenski", "zelenskii", "zelenskyj", "selenskyj"],
        ["kyiv", "kiev", "kyyiv", "kiew"],
        ["volodymyr", "vladimir", "volodimir", "volodymir", "wolodymyr"],
        ["andrii", "andrey", "andriy", "andrei", "andrij"],
        ["yermak", "yermack", "jermak"],
        ["kharkiv", "kharkov", "charkiw"],
        ["odesa", "odessa"],
        ["dnipro", "dnepr", "dnepropetrovsk", "dnipropetrovsk"],
        ["luhansk", "lugansk"],
        ["donbas", "donbass"],
        ["mykolaiv", "nikolaev", "nikolayev", "mykolayiv"],
        ["lviv", "lvov", "lwow"],
        ["zaporizhzhia", "zaporizhia", "zaporozhye", "zaporizhzhya", "zaporozhzhia"],
        ["chernihiv", "chernigov"],
    ];

    private static readonly Dictionary<string, string> Variants = BuildVariants();

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> SpanVariants =
        Variants.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Normalises one lower-case word.</summary>
    public static string NormalizeWord(string lowerWord) =>
        Variants.TryGetValue(lowerWord, out var canonical) ? canonical : lowerWord;

    /// <summary>The canonical form of a lower-case word held in a buffer, without allocating a string for it.</summary>
    public static bool TryNormalize(ReadOnlySpan<char> lowerWord, out string canonical)
    {
        // Most words cannot be a variant: rule them out by length and first and last letter before hashing.
        if (lowerWord.Length < MinLength || lowerWord.Length > MaxLength
            || lowerWord[0] is < 'a' or > 'z' || lowerWord[^1] is < 'a' or > 'z'
            || !FirstAndLast[(lowerWord[0] - 'a') * 26 + lowerWord[^1] - 'a'])
        {
            canonical = "";
            return false;
        }
        return SpanVariants.TryGetValue(lowerWord, out canonical!);
    }

    private static readonly int MinLength = Variants.Keys.Min(k => k.Length);
    private static readonly int MaxLength = Variants.Keys.Max(k => k.Length);
    private static readonly bool[] FirstAndLast = BuildFirstAndLast();

    private static bool[] BuildFirstAndLast()
    {
        var table = new bool[26 * 26];
        foreach (var variant in Variants.Keys) table[(variant[0] - 'a') * 26 + variant[^1] - 'a'] = true;
        return table;
    }

    private static Dictionary<string, string> BuildVariants()
    {
        var variants = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in Groups)
            foreach (var variant in group)
                variants[variant] = group[0];
        return variants;
    }
}
