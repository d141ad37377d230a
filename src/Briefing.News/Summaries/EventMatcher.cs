namespace Briefing.News.Summaries;

/// <summary>
/// Whether two sentences report the same event, so a digest says it once and credits every source that carries it:
/// the same line (close wording, whenever it was said), or the same development in other words (the same actors, act
/// and object: several content terms in common) from sources a few weeks apart at most. A pledge repeated a year later
/// is news again; the same signing retold by three outlets that month is not.
/// </summary>
internal sealed class EventMatcher(IReadOnlyList<SummaryDocument> documents)
{
    /// <summary>Above this similarity two sentences say the same thing, whenever and wherever.</summary>
    public const double SameLine = 0.45;

    private const double SameDevelopment = 0.25;
    private const int MinSharedTerms = 3;
    private static readonly TimeSpan Window = TimeSpan.FromDays(31);

    public bool Same(Sentence a, Sentence b)
    {
        var similarity = a.Vector.Dot(b.Vector);
        if (similarity >= SameLine) return true;
        return similarity >= SameDevelopment && a.Vector.SharedTerms(b.Vector) >= MinSharedTerms && Close(a.Document, b.Document);
    }

    // An article with no date at all cannot be told apart in time: its wording decides alone.
    private bool Close(int a, int b) =>
        DateOf(a) is not { } first || DateOf(b) is not { } second || (first - second).Duration() <= Window;

    private DateTimeOffset? DateOf(int document) => documents[document].Published ?? documents[document].FirstSeen;
}
