namespace Briefing.Store.Feeds;

/// <summary>An item of a feed as it stood when stored: its key (guid or link) and a fingerprint of its content in the feed.</summary>
public sealed record FeedItemSeen(string Key, string Fingerprint);
