namespace Briefing.News.Topics;

/// <summary>The topics an article carries (score at or above the topic's threshold) and every topic's score.</summary>
public sealed record ArticleClassification(IReadOnlyList<TopicMatch> Assigned, IReadOnlyList<TopicMatch> All);
