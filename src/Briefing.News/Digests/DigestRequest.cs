namespace Briefing.News.Digests;

/// <summary>What to put in a digest: the topics, only articles after the watermark id (and published since, when given), the preset's length, per-topic word filters.</summary>
public sealed record DigestRequest(
    IReadOnlyList<string> TopicSlugs,
    long AfterArticleId,
    DateTimeOffset? PublishedSince,
    string Preset,
    IReadOnlyDictionary<string, TopicFilter>? Filters);
