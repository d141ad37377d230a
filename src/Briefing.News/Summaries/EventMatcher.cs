using System.Text.RegularExpressions;
using Briefing.News.Text;

namespace Briefing.News.Summaries;

/// <summary>
/// Whether two sentences report the same event, so a digest says it once and credits every source that carries it:
/// mostly the same names (Germany's pledge is not France's) and either the same line (close wording, whenever it was
/// said) or the same development in other words (several content terms in common, from sources a few weeks apart at
/// most). A pledge repeated a year later is news again; the same signing retold by three outlets that month is not.
/// </summary>
internal sealed partial class EventMatcher(IReadOnlyList<SummaryDocument> documents)
{
    /// <summary>Above this similarity two sentences say the same thing, whenever and wherever.</summary>
    public const double SameLine = 0.45;

    private const double SameDevelopment = 0.25;
    private const int MinSharedTerms = 3;
    private static readonly TimeSpan Window = TimeSpan.FromDays(31);

    private readonly Dictionary<int, HashSet<string>> names = [];

    public bool Same(Sentence a, Sentence b)
    {
        var similarity = a.Vector.Dot(b.Vector);
        if (similarity < SameDevelopment) return false;
        if (similarity < SameLine && (a.Vector.SharedTerms(b.Vector) < MinSharedTerms || !Close(a.Document, b.Document))) return false;
        return SameActors(a, b);
    }

    // An article with no date at all cannot be told apart in time: its wording decides alone.
    private bool Close(int a, int b) =>
        DateOf(a) is not { } first || DateOf(b) is not { } second || (first - second).Duration() <= Window;

    private DateTimeOffset? DateOf(int document) => documents[document].Published ?? documents[document].FirstSeen;

    // The names of the sentence naming fewer are all in the other (all but one when it names four or more): a different
    // country, person or place on either side is a different event.
    private bool SameActors(Sentence a, Sentence b)
    {
        var x = NamesOf(a);
        var y = NamesOf(b);
        var (fewer, more) = x.Count <= y.Count ? (x, y) : (y, x);
        var missing = fewer.Count(n => !more.Contains(n));
        return missing == 0 || (missing == 1 && fewer.Count >= 4);
    }

    // The capitalised words that name someone or somewhere, name-normalised ("Zelenskyy’s" and "Zelensky" are one name):
    // not a sentence's capitalised first function word, an office ("President") or a day or month.
    private HashSet<string> NamesOf(Sentence sentence)
    {
        if (names.TryGetValue(sentence.Ordinal, out var found)) return found;
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in CapitalisedWord().Matches(sentence.Text))
            foreach (var word in WordTokenizer.Words(m.Value))
                if (!StopWords.Contains(word) && !NotActors.Contains(word)) set.Add(word);
        names[sentence.Ordinal] = set;
        return set;
    }

    private static readonly HashSet<string> NotActors = new(StringComparer.Ordinal)
    {
        "president", "prime", "minister", "secretary", "chancellor", "vice", "general", "ambassador", "spokesperson",
        "spokesman", "spokeswoman", "advisor", "adviser", "director", "mr", "ms", "mrs", "dr", "senior", "official",
        "officials", "national", "security", "foreign", "defense", "defence", "state", "leader", "leaders", "king", "queen",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december",
    };

    [GeneratedRegex(@"(?<![\p{L}\d'’])\p{Lu}[\p{L}\d'’\-]*")]
    private static partial Regex CapitalisedWord();
}
