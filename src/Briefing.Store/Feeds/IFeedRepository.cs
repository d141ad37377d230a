namespace Briefing.Store.Feeds;

/// <summary>The feeds the corpus is read from, their health, and the items already stored from each.</summary>
public interface IFeedRepository
{
    /// <summary>Adds the feed; false when it is there already (nothing changes then).</summary>
    Task<bool> AddAsync(string url, string? outlet, DateTimeOffset nowUtc, CancellationToken cancellationToken = default);

    Task<bool> RemoveAsync(string url, CancellationToken cancellationToken = default);

    Task<bool> SetPausedAsync(string url, bool paused, CancellationToken cancellationToken = default);

    /// <summary>Every feed, in URL order.</summary>
    Task<IReadOnlyList<Feed>> ListAsync(CancellationToken cancellationToken = default);

    Task<Feed?> GetAsync(string url, CancellationToken cancellationToken = default);

    /// <summary>Records a pull on the feed's row: status, counts, validators, errors in a row and the next pull.</summary>
    Task RecordPullAsync(string url, FeedPull pull, CancellationToken cancellationToken = default);

    /// <summary>The fingerprints of the feed's items stored so far, by item key.</summary>
    Task<IReadOnlyDictionary<string, string>> GetItemFingerprintsAsync(string url, CancellationToken cancellationToken = default);

    /// <summary>Remembers items as stored, replacing their earlier fingerprints.</summary>
    Task SaveItemsAsync(string url, IReadOnlyList<FeedItemSeen> items, DateTimeOffset nowUtc, CancellationToken cancellationToken = default);

    /// <summary>
    /// Moves the feed to the address it moved to permanently, with its state and seen items; when that address is
    /// another stored feed, keeps that one and removes the old. Remembers the old address either way (<see cref="ListMovesAsync"/>).
    /// </summary>
    Task<FeedMoveOutcome> MoveAsync(string fromUrl, string toUrl, DateTimeOffset nowUtc, CancellationToken cancellationToken = default);

    /// <summary>Addresses of feeds that moved permanently, each with the address its feed lives at now.</summary>
    Task<IReadOnlyDictionary<string, string>> ListMovesAsync(CancellationToken cancellationToken = default);
}
