namespace Briefing.News.Topics;

/// <summary>One topic as configured in config/topics.json.</summary>
public sealed record TopicDefinition(
    string Slug,
    string Title,
    string Description,
    IReadOnlyList<TopicPhrase> Phrases,
    double Threshold);

/// <summary>A phrase or term that signals a topic, with how strongly it does.</summary>
public sealed record TopicPhrase(string Text, double Weight);
