using Briefing.Store.Chats;
namespace Briefing.Store.Delivery;

/// <summary>A queued digest as the dispatcher sees it: its messages and how far sending got.</summary>
public sealed record OutboxItem(
    long Id,
    string ScheduleName,
    string PeriodKey,
    SubscriberKey Subscriber,
    string WatermarkScope,
    long LastArticleId,
    IReadOnlyList<string> Messages,
    int MessagesSent,
    IReadOnlyList<long> TelegramMessageIds,
    string Status,
    int Attempts,
    string? LastError,
    DateTimeOffset NextAttemptUtc,
    DateTimeOffset CreatedUtc,
    DateTimeOffset? SentUtc);
