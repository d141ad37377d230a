namespace Briefing.Store.Feeds;

/// <summary>What one pull of a feed found, recorded on the feed's row.</summary>
/// <param name="Succeeded">A good answer (200 parsed, or 304): resets the errors in a row; a failure adds one.</param>
/// <param name="Content">For a 200 that parsed: the feed's title, item count and validators, which replace the stored ones; null keeps them.</param>
public sealed record FeedPull(DateTimeOffset FetchedUtc, bool Succeeded, string Status, DateTimeOffset NextFetchUtc, FeedPullContent? Content = null);

/// <summary>The parts of a feed's 200 answer kept on its row.</summary>
public sealed record FeedPullContent(string? Title, int Items, string? ETag, string? LastModified);
