namespace Briefing.News.Topics;

/// <summary>How strongly a text is about one topic, and the phrases that said so.</summary>
public sealed record TopicMatch(string Slug, double Score, IReadOnlyList<string> Evidence);
