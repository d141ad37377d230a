namespace Briefing.News.Topics;

/// <summary>Topic definitions that cannot be used; <see cref="Problems"/> names each bad setting and how to fix it.</summary>
public sealed class TopicCatalogException(IReadOnlyList<string> problems)
    : Exception("Invalid topic definitions: " + string.Join("; ", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
