namespace Briefing.News.Feeds;

/// <summary>A feed read into its title and items; the format it came in no longer matters.</summary>
public sealed record ParsedFeed(string? Title, IReadOnlyList<FeedEntry> Entries);
