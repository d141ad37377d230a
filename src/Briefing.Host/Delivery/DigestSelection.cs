namespace Briefing.Host.Delivery;

/// <summary>What one digest covers: topics, articles newer than a watermark, the preset.</summary>
public sealed record DigestSelection(IReadOnlyList<string> TopicSlugs, long AfterArticleId, string Preset);
