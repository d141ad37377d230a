using Briefing.Store.Chats;
namespace Briefing.Store.Delivery;

/// <summary>Digest runs and the outbox rows each writes, one transaction per page of subscribers.</summary>
public interface IDigestRunRepository
{
    /// <summary>Records the run for this schedule and period, or returns the one already recorded (a retry resumes it).</summary>
    Task<DigestRun> BeginAsync(string scheduleName, string periodKey, string reason, DateTimeOffset nowUtc, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes a page of digests to the outbox and moves the run's cursor past them, in one transaction.
    /// A digest already queued for the same schedule, period and chat is left alone. Returns how many were added.
    /// </summary>
    Task<int> AppendAsync(long runId, IReadOnlyList<OutboxEntry> entries, SubscriberKey cursor, DateTimeOffset nowUtc, CancellationToken cancellationToken = default);

    Task FinishAsync(long runId, DateTimeOffset nowUtc, CancellationToken cancellationToken = default);

    /// <summary>Runs that started and did not finish (the worker stopped mid-run): the worker resumes them at start.</summary>
    Task<IReadOnlyList<DigestRun>> ListUnfinishedAsync(CancellationToken cancellationToken = default);

    /// <summary>The latest run of each schedule, for health and stats.</summary>
    Task<IReadOnlyList<DigestRun>> ListLatestPerScheduleAsync(CancellationToken cancellationToken = default);
}
