namespace Briefing.Telegram.Digests;

/// <summary>A digest asked for a topic that is not configured; carries the valid slugs so a caller can list them.</summary>
public sealed class UnknownTopicException(string slug, IReadOnlyList<string> validSlugs)
    : Exception($"unknown topic '{slug}'; valid topics: {string.Join(", ", validSlugs)}")
{
    public string Slug { get; } = slug;

    public IReadOnlyList<string> ValidSlugs { get; } = validSlugs;
}
