namespace Briefing.News.Summaries;

/// <summary>
/// One chosen sentence with every article that makes the same point (the first is where the sentence is from), the
/// outlet the sentence itself attributes its news to ("Bloomberg" in "Bloomberg via Fakti"), who says it (null when the
/// page speaks for itself), and where it stands in its article (for reading order).
/// </summary>
public sealed record SummaryPoint(
    string Text,
    IReadOnlyList<PointSource> Sources,
    IReadOnlyList<string> Via,
    double Score,
    int DocumentIndex,
    int SentenceIndex,
    string? Speaker = null)
{
    /// <summary>The point's date: its first source's.</summary>
    public PointSource? DatedBy => Sources.Count > 0 ? Sources[0] : null;
}
