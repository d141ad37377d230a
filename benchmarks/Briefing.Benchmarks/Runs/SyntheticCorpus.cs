using System.Globalization;
using System.Text;

namespace Briefing.Benchmarks.Runs;

/// <summary>
/// Deterministic made-up news articles of realistic size and word distribution (Zipf-like content words among
/// common function words, a news vocabulary, dated headlines), with every fiftieth article a rewritten copy of an
/// earlier one, as syndicated stories are.
/// </summary>
public sealed class SyntheticCorpus
{
    public const int WordsPerArticle = 600;

    private static readonly string[] FunctionWords =
        ("the of and to in a is that for on was with he it as at by from his be have has are this but they not an were " +
         "which their had will would its been who more also after said one two there about than when into over new could " +
         "other some them these may can only first last year years while during before against between under since").Split(' ');

    private static readonly string[] NewsWords =
        ("Ukraine Ukrainian Russia Russian Kyiv Kiev Moscow Zelensky Zelenskyy Zelenskiy Putin NATO alliance membership " +
         "accession invitation security guarantees victory plan allies Western Washington Brussels Biden minister ministers " +
         "president parliament sanctions weapons missiles air defence front offensive ceasefire talks negotiations summit " +
         "officials government military aid support troops border territory war peace election European Union Bloomberg").Split(' ');

    private static readonly string[] Outlets = ["Kyiv Post", "Daily Courier", "Evening Standard Times", "Global Wire", "The Ledger"];

    private readonly Random random;
    private readonly string[] contentWords;
    private readonly double[] cumulative;
    private readonly List<string[]> recentBodies = [];

    public SyntheticCorpus(int seed = 20241009, int vocabulary = 12_000)
    {
        random = new Random(seed);
        contentWords = NewsWords.Concat(Enumerable.Range(0, vocabulary).Select(MakeWord)).Distinct().ToArray();
        cumulative = new double[contentWords.Length];
        var total = 0.0;
        for (var rank = 0; rank < contentWords.Length; rank++) cumulative[rank] = total += 1.0 / (rank + 1);
        for (var rank = 0; rank < cumulative.Length; rank++) cumulative[rank] /= total;
    }

    /// <summary>Content words from most to least frequent.</summary>
    public IReadOnlyList<string> ContentWords => contentWords;

    /// <summary>The next article as a plain-text corpus page: headline, date line, outlet line, paragraphs.</summary>
    public string NextPage(int index)
    {
        var (title, paragraphs) = NextArticle(index);
        var date = new DateTime(2024, 1, 1).AddMinutes(index * 37L % 525_600);
        return $"{title}\n\n{date.ToString("MMM d, yyyy HH:mm", CultureInfo.InvariantCulture)}\n\n{string.Join("\n\n", paragraphs)}\n";
    }

    /// <summary>The next article's headline and body paragraphs.</summary>
    public (string Title, IReadOnlyList<string> Paragraphs) NextArticle(int index)
    {
        var title = Capitalise(string.Join(' ', Enumerable.Range(0, random.Next(6, 12)).Select(_ => ContentWord())));
        string[] paragraphs;
        if (index % 50 == 49 && recentBodies.Count > 0)
        {
            // Another outlet's copy: a new first paragraph, the rest as the original had it.
            paragraphs = [.. recentBodies[random.Next(recentBodies.Count)]];
            paragraphs[0] = Paragraph();
        }
        else
        {
            var list = new List<string>();
            for (var words = 0; words < WordsPerArticle;)
            {
                var paragraph = Paragraph();
                list.Add(paragraph);
                words += paragraph.Count(c => c == ' ') + 1;
            }
            paragraphs = [.. list];
        }
        recentBodies.Add(paragraphs);
        if (recentBodies.Count > 100) recentBodies.RemoveAt(0);
        return (title, paragraphs);
    }

    public string Outlet(int index) => Outlets[index % Outlets.Length];

    /// <summary>A content word drawn by Zipf frequency.</summary>
    public string ContentWord()
    {
        var index = Array.BinarySearch(cumulative, random.NextDouble());
        return contentWords[Math.Min(index < 0 ? ~index : index, contentWords.Length - 1)];
    }

    private string Paragraph()
    {
        var sentences = Enumerable.Range(0, random.Next(3, 6)).Select(_ => Sentence());
        return string.Join(' ', sentences);
    }

    private string Sentence()
    {
        var words = new StringBuilder();
        var length = random.Next(8, 25);
        for (var i = 0; i < length; i++)
        {
            if (i > 0) words.Append(i % 7 == 6 && random.Next(3) == 0 ? ", " : " ");
            words.Append(random.Next(2) == 0 ? FunctionWords[random.Next(FunctionWords.Length)] : ContentWord());
        }
        return Capitalise(words.Append('.').ToString());
    }

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    // Pronounceable made-up words from syllables, so token lengths look like English.
    private static string MakeWord(int n)
    {
        string[] onsets = ["b", "c", "d", "f", "g", "h", "l", "m", "n", "p", "r", "s", "t", "v", "w", "st", "tr", "pl", "gr", "ch"];
        string[] vowels = ["a", "e", "i", "o", "u", "ea", "io", "ou"];
        string[] codas = ["", "n", "r", "s", "t", "l", "nd", "st", "ng", "m"];
        var word = new StringBuilder();
        var syllables = 1 + n % 3 + n / 5000;
        var x = (uint)n * 2654435761u + 1u;
        for (var s = 0; s < syllables; s++)
        {
            word.Append(onsets[x % (uint)onsets.Length]).Append(vowels[(x >> 8) % (uint)vowels.Length]).Append(codas[(x >> 16) % (uint)codas.Length]);
            x = x * 1103515245u + 12345u;
        }
        return word.ToString();
    }
}
