using Briefing.News.Topics;

namespace Briefing.Telegram.Commands;

/// <summary>Finds configured topics by what users type: the slug or the title, any case; suggests the nearest otherwise.</summary>
public sealed class TopicLookup(IReadOnlyList<TopicDefinition> topics)
{
    public IReadOnlyList<TopicDefinition> Topics { get; } = topics;

    public TopicDefinition? Find(string input)
    {
        var wanted = input.Trim();
        return Topics.FirstOrDefault(t => string.Equals(t.Slug, wanted, StringComparison.OrdinalIgnoreCase))
            ?? Topics.FirstOrDefault(t => string.Equals(t.Title, wanted, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The topic closest to <paramref name="input"/>: by edit distance to its slug, its title, or one word of its slug ("nato" → nato-accession).</summary>
    public TopicDefinition? Nearest(string input)
    {
        var wanted = input.Trim().ToLowerInvariant();
        return Topics.MinBy(t => t.Slug.Split('-').Append(t.Slug).Append(t.Title.ToLowerInvariant())
            .Min(name => EditDistance.Between(wanted, name)));
    }
}
