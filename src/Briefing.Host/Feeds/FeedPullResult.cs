namespace Briefing.Host.Feeds;

/// <summary>What pulling one feed did: its articles counted by outcome, or why the feed failed, and items that could not be read.</summary>
/// <param name="Unchanged">Items seen before exactly as they are now, or whose article was stored already.</param>
/// <param name="Problem">Why the feed itself failed (nothing of it was read); null when it was read or not modified.</param>
/// <param name="Url">Where the feed is stored now (its new address when it moved).</param>
/// <param name="ItemProblems">Items skipped this time (tried again at the next pull), each "LINK: reason".</param>
/// <param name="MovedFrom">The feed's address before this pull, when a permanent redirect moved it; null otherwise.</param>
/// <param name="MovedToExisting">The new address was already a stored feed: the old one was folded into it and nothing else was read.</param>
public sealed record FeedPullResult(
    string Url,
    bool NotModified = false,
    int New = 0,
    int Unchanged = 0,
    int NewVersions = 0,
    int NearDuplicates = 0,
    int PagesFetched = 0,
    string? Problem = null,
    IReadOnlyList<string>? ItemProblems = null,
    string? MovedFrom = null,
    bool MovedToExisting = false)
{
    public bool Failed => Problem is not null;

    /// <summary>One line for the feed's last_status.</summary>
    public string Status => Problem ?? (NotModified
        ? "not modified"
        : $"ok: {New} new, {Unchanged} unchanged, {NewVersions} new versions, {NearDuplicates} near-duplicates"
          + (ItemProblems is { Count: > 0 } ? $", {ItemProblems.Count} items skipped" : ""));

    /// <summary>The line an operator reads when the feed moved permanently; null when it did not.</summary>
    public string? Move => MovedFrom is null ? null
        : MovedToExisting ? $"Feed {MovedFrom} moved permanently to {Url}, which is already a stored feed; kept that one and removed {MovedFrom}"
        : $"Feed {MovedFrom} moved permanently to {Url}; updated";
}
