namespace Briefing.News.Digests;

/// <summary>A composed digest: one section per topic with something new. Empty when no topic had anything.</summary>
public sealed record Digest(IReadOnlyList<DigestSection> Sections)
{
    public bool IsEmpty => Sections.Count == 0;
}
