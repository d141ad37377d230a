namespace Briefing.News.Summaries;

/// <summary>One chosen sentence with every article that makes the same point, and where it stands in its article (for reading order).</summary>
public sealed record SummaryPoint(
    string Text,
    IReadOnlyList<PointSource> Sources,
    double Score,
    int DocumentIndex,
    int SentenceIndex);
