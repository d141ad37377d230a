namespace Briefing.Host.Topics;

/// <summary>An assigned topic as `briefing classify --json` prints it.</summary>
public sealed record TopicMatchJson(string Slug, double Score, IReadOnlyList<string> Evidence);
