namespace Briefing.Host.Feeds;

/// <summary>What pulling one feed did: its articles counted by outcome, or why the feed failed, and items that could not be read.</summary>
/// <param name="Unchanged">Items seen before exactly as they are now, or whose article was stored already.</param>
/// <param name="Problem">Why the feed itself failed (nothing of it was read); null when it was read or not modified.</param>
/// <param name="ItemProblems">Items skipped this time (tried again at the next pull), each "LINK: reason".</param>
public sealed record FeedPullResult(
    string Url,
    bool NotModified = false,
    int New = 0,
    int Unchanged = 0,
    int NewVersions = 0,
    int NearDuplicates = 0,
    int PagesFetched = 0,
    string? Problem = null,
    IReadOnlyList<string>? ItemProblems = null)
{
    public bool Failed => Problem is not null;

    /// <summary>One line for the feed's last_status.</summary>
    public string Status => Problem ?? (NotModified
        ? "not modified"
        : $"ok: {New} new, {Unchanged} unchanged, {NewVersions} new versions, {NearDuplicates} near-duplicates"
          + (ItemProblems is { Count: > 0 } ? $", {ItemProblems.Count} items skipped" : ""));
}
