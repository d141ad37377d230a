namespace Briefing.Host.Feeds;

/// <summary>What pulling a set of feeds did, feed by feed.</summary>
public sealed record FeedsReport(IReadOnlyList<FeedPullResult> Feeds)
{
    /// <summary>One line of totals.</summary>
    public string Summary
    {
        get
        {
            var failed = Feeds.Count(f => f.Failed);
            var notModified = Feeds.Count(f => f.NotModified);
            return $"{Feeds.Count} feeds: {Feeds.Sum(f => f.New)} new, {Feeds.Sum(f => f.Unchanged)} unchanged, "
                   + $"{Feeds.Sum(f => f.NewVersions)} new versions, {Feeds.Sum(f => f.NearDuplicates)} near-duplicate, "
                   + $"{notModified} not modified, {failed} failed";
        }
    }

    /// <summary>One line per feed that moved permanently (a 301 or 308) and is stored under its new address now.</summary>
    public IEnumerable<string> Moves => Feeds.Select(f => f.Move).OfType<string>();

    /// <summary>One line per failure: a feed that could not be read, or an item of a feed that could.</summary>
    public IEnumerable<string> Failures =>
        Feeds.SelectMany(f => f.Problem is { } problem
            ? [$"feed {f.Url}: {problem}"]
            : (f.ItemProblems ?? []).Select(item => $"item {item} (feed {f.Url})"));
}
