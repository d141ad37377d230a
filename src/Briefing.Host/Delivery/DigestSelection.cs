using Briefing.News.Digests;

namespace Briefing.Host.Delivery;

/// <summary>What one digest covers: topics (with the subscriber's word filters), articles newer than a watermark, the preset.</summary>
public sealed record DigestSelection(IReadOnlyList<string> TopicSlugs, long AfterArticleId, string Preset, IReadOnlyDictionary<string, TopicFilter> Filters);
