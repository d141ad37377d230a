namespace Briefing.Store.Feeds;

/// <summary>A feed the corpus is read from, with what its last pull found and when the next one is due.</summary>
/// <param name="Outlet">The operator's name for the outlet; null credits articles to <paramref name="Title"/>.</param>
/// <param name="Title">The feed's own title, from its last good pull.</param>
/// <param name="LastStatus">One line on the last pull ("ok: 3 new", "HTTP 500", ...).</param>
/// <param name="Items">Items in the feed at its last good pull.</param>
/// <param name="ErrorsInRow">Failed pulls since the last good one.</param>
/// <param name="NextFetchUtc">When the worker pulls it next; null means at once.</param>
public sealed record Feed(
    string Url,
    string? Outlet,
    string? Title,
    bool Paused,
    string? ETag,
    string? LastModified,
    DateTimeOffset? LastFetchUtc,
    string? LastStatus,
    int Items,
    int ErrorsInRow,
    DateTimeOffset? NextFetchUtc,
    DateTimeOffset CreatedUtc)
{
    /// <summary>The name articles from this feed are credited to.</summary>
    public string? CreditedOutlet => Outlet is { Length: > 0 } ? Outlet : Title;
}
