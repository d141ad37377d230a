namespace Briefing.News.Summaries;

/// <summary>One chosen sentence with every article that makes the same point, the outlets those articles retell ("Bloomberg" in "Bloomberg via Fakti, RT"), and where it stands in its article (for reading order).</summary>
public sealed record SummaryPoint(
    string Text,
    IReadOnlyList<PointSource> Sources,
    IReadOnlyList<string> Via,
    double Score,
    int DocumentIndex,
    int SentenceIndex);
