using Briefing.Store.Chats;
using Briefing.Store.Database;
namespace Briefing.Store.Delivery;

/// <summary>One run of a schedule for one period; the cursor is the last subscriber whose digest is in the outbox.</summary>
public sealed record DigestRun(
    long Id,
    string ScheduleName,
    string PeriodKey,
    string Reason,
    DateTimeOffset StartedUtc,
    DateTimeOffset? FinishedUtc,
    SubscriberKey? Cursor,
    int Digests)
{
    public bool IsFinished => FinishedUtc is not null;

    /// <summary>The period key of a run for the period starting at <paramref name="periodStartUtc"/>: fixed-width UTC text, so keys sort by time.</summary>
    public static string PeriodKeyOf(DateTimeOffset periodStartUtc) => StoredTime.Format(periodStartUtc);
}
