using Briefing.News.Summaries;

namespace Briefing.News.Digests;

/// <summary>What a digest section is made from: a topic, its new articles, how on-topic each sentence is, and the subscriber's filter.</summary>
public sealed record DigestTopic(
    string Slug,
    string Title,
    IReadOnlyList<SummaryDocument> Articles,
    Func<string, double>? SentenceRelevance = null,
    TopicFilter? Filter = null);
