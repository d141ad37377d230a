using Briefing.Store.Chats;
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
}
