namespace Briefing.News.Feeds;

/// <summary>One item of a feed, as the feed gives it.</summary>
/// <param name="Key">The item's identity within the feed: its id (guid), else its link, else its title.</param>
/// <param name="Link">The article's address, made absolute against the feed's; null when the item has none usable.</param>
/// <param name="Text">The item's text (HTML or plain): its full content when the feed carries one, else its summary.</param>
/// <param name="Published">The item's date; null when it has none or none that parses.</param>
public sealed record FeedEntry(string Key, string? Link, string Title, string Text, DateTimeOffset? Published);
