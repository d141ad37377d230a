namespace Briefing.News.Topics;

/// <summary>One topic as configured in config/topics.json: what signals it and how much of it makes a document carry it.</summary>
/// <param name="Threshold">The best passage's score a document needs to carry the topic.</param>
public sealed record TopicDefinition(
    string Slug,
    string Title,
    string Description,
    IReadOnlyList<TopicPhrase> Phrases,
    double Threshold)
{
    /// <summary>
    /// Words naming the topic's subject (e.g. Ukraine, Kyiv, Zelensky); a passage counts only when it names one,
    /// so the same vocabulary about another country (Sweden's NATO membership) does not. Empty: no subject needed.
    /// </summary>
    public IReadOnlyList<string> Subject { get; init; } = [];

    /// <summary>How many consecutive sentences make one passage.</summary>
    public int PassageSentences { get; init; } = 3;

    /// <summary>The score at which a single sentence is on topic (what a summary keeps).</summary>
    public double SentenceThreshold { get; init; } = 1.0;
}
