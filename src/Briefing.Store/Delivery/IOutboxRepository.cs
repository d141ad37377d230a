using Briefing.Store.Chats;
namespace Briefing.Store.Delivery;

/// <summary>The queue of rendered digests the dispatcher sends, with per-message progress so a crash resumes mid-digest.</summary>
public interface IOutboxRepository
{
    /// <summary>
    /// Claims for <paramref name="worker"/> until <paramref name="claimUntilUtc"/> up to <paramref name="limit"/> pending
    /// digests whose next attempt is due and that nobody holds (never claimed, or the claim ended), oldest first, skipping
    /// <paramref name="excludeIds"/>. Until the claim ends no other worker gets them; workers claiming at the same moment
    /// get different rows (PostgreSQL: FOR UPDATE SKIP LOCKED; SQLite: one writer at a time).
    /// </summary>
    Task<IReadOnlyList<OutboxItem>> ClaimDueAsync(DateTimeOffset nowUtc, int limit, string worker, DateTimeOffset claimUntilUtc, IReadOnlyCollection<long> excludeIds, CancellationToken cancellationToken = default);

    /// <summary>
    /// Moves the end of <paramref name="worker"/>'s claim on the pending digests <paramref name="ids"/> to
    /// <paramref name="untilUtc"/>: later while it still sends them, now to let them go.
    /// </summary>
    Task RenewClaimsAsync(IReadOnlyCollection<long> ids, string worker, DateTimeOffset untilUtc, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records messages that went out, in one transaction (the dispatcher groups the sends that finish together);
    /// a digest's last message marks it sent and, for a digest of a subscriber's own topics, moves that subscriber's
    /// watermark in the same transaction. A message already recorded is not counted twice.
    /// </summary>
    Task RecordMessagesSentAsync(IReadOnlyList<SentMessage> sent, DateTimeOffset nowUtc, CancellationToken cancellationToken = default);

    /// <summary>Records a failed attempt: retried at <paramref name="retryAtUtc"/>, or parked as failed when that is null.</summary>
    Task RecordFailureAsync(long id, string error, DateTimeOffset? retryAtUtc, CancellationToken cancellationToken = default);

    /// <summary>The chat cannot be reached (blocked, deleted): the digest is dropped with the reason.</summary>
    Task MarkUndeliverableAsync(long id, string error, CancellationToken cancellationToken = default);

    /// <summary>
    /// For each chat given, the newest article already covered by a digest sent or still queued in this watermark scope:
    /// the next digest starts after it, so a queued or just-sent digest is never repeated.
    /// </summary>
    Task<IReadOnlyDictionary<SubscriberKey, long>> GetCoveredUpToAsync(string watermarkScope, IReadOnlyCollection<SubscriberKey> subscribers, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<OutboxItem>> ListAsync(bool failedOnly, int limit, CancellationToken cancellationToken = default);

    /// <summary>The outbox as of <paramref name="nowUtc"/>; "today" is its UTC day.</summary>
    Task<OutboxCounts> CountAsync(DateTimeOffset nowUtc, CancellationToken cancellationToken = default);
}
