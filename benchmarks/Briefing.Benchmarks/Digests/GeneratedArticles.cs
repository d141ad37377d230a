using Briefing.News.Summaries;

namespace Briefing.Benchmarks.Digests;

/// <summary>
/// Deterministic made-up news articles of realistic shape (about 30 sentences of 12–28 words, a lede, quotes,
/// some reprints of one story by several outlets) over a Zipf-like vocabulary, a share of them on the topic.
/// </summary>
public static class GeneratedArticles
{
    private static readonly string[] Outlets =
        [.. Enumerable.Range(0, 40).Select(i => $"Outlet {i:00}"), "Bloomberg", "Reuters", "Fakti", "RT", "Kyiv Independent"];

    private static readonly string[] TopicSentences =
    [
        "President Volodymyr Zelensky presented the victory plan to allies in {0} on {1}.",
        "Officials in {0} said the victory plan asks for an invitation to join NATO before the end of {1}.",
        "The victory plan includes a non-nuclear deterrence package and long-range weapons, {0} officials said on {1}.",
        "Allies in {0} were skeptical that the victory plan would change the course of the war by {1}.",
        "Zelensky said the victory plan would strengthen Ukraine's position in any talks with Russia, speaking in {0} on {1}.",
    ];

    private static readonly string[] Places = ["Brussels", "Washington", "Kyiv", "Berlin", "Paris", "London", "Warsaw", "Rome", "Vilnius", "Ramstein"];
    private static readonly string[] Days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "the weekend", "November", "December"];

    public static IReadOnlyList<SummaryDocument> Create(int count, int seed = 20241009)
    {
        var random = new Random(seed);
        var vocabulary = Enumerable.Range(0, 6000).Select(i => Word(random, i)).ToArray();
        var articles = new List<SummaryDocument>(count);
        for (var id = 1; id <= count; id++)
        {
            // One article in twenty reprints an earlier one under another outlet's name.
            if (id > 10 && random.Next(20) == 0)
            {
                var original = articles[random.Next(articles.Count)];
                articles.Add(original with { Id = id, Outlet = Outlets[random.Next(Outlets.Length)] });
                continue;
            }
            var paragraphs = new List<string>();
            var sentences = random.Next(24, 37);
            var paragraph = new List<string>();
            for (var s = 0; s < sentences; s++)
            {
                paragraph.Add(random.Next(8) == 0
                    ? string.Format(TopicSentences[random.Next(TopicSentences.Length)], Places[random.Next(Places.Length)], Days[random.Next(Days.Length)])
                    : Sentence(random, vocabulary));
                if (paragraph.Count >= random.Next(2, 5)) { paragraphs.Add(string.Join(' ', paragraph)); paragraph.Clear(); }
            }
            if (paragraph.Count > 0) paragraphs.Add(string.Join(' ', paragraph));
            var title = Capitalise(string.Join(' ', Enumerable.Range(0, 8).Select(_ => Pick(random, vocabulary))));
            articles.Add(new SummaryDocument(id, title, Outlets[random.Next(Outlets.Length)], null, $"https://example.org/{id}", paragraphs));
        }
        return articles;
    }

    private static string Sentence(Random random, string[] vocabulary)
    {
        var words = Enumerable.Range(0, random.Next(12, 29)).Select(_ => Pick(random, vocabulary)).ToList();
        if (random.Next(10) == 0) words.Insert(random.Next(words.Count), "Ukraine");
        if (random.Next(6) == 0) words.Add("officials said");
        return Capitalise(string.Join(' ', words)) + ".";
    }

    // Zipf-like: low indices (common words) come up far more often than the long tail.
    private static string Pick(Random random, string[] vocabulary) =>
        vocabulary[(int)(vocabulary.Length * Math.Pow(random.NextDouble(), 2.5))];

    private static string Word(Random random, int index)
    {
        const string consonants = "bcdfghklmnprstvz";
        const string vowels = "aeiou";
        var length = 2 + Math.Min(4, index / 300) + random.Next(2);
        var chars = new char[length * 2];
        for (var i = 0; i < length; i++)
        {
            chars[2 * i] = consonants[random.Next(consonants.Length)];
            chars[2 * i + 1] = vowels[random.Next(vowels.Length)];
        }
        return new string(chars);
    }

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
