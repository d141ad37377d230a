namespace Briefing.Store.Feeds;

/// <summary>What moving a feed to its new address did.</summary>
public enum FeedMoveOutcome
{
    /// <summary>The feed, its state and its seen items now live under the new address.</summary>
    Moved,

    /// <summary>The new address was already another stored feed: that one is kept (it gains the old one's seen items) and the old one is removed.</summary>
    MergedIntoExisting,

    /// <summary>No feed had the old address (removed meanwhile); nothing changed.</summary>
    NotFound,
}
