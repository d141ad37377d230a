namespace Briefing.Store.Schedules;

/// <summary>An operator's schedule: when (cron in an IANA zone), what (topics or each subscriber's own, preset) and where (subscribers or one fixed chat).</summary>
public sealed record Schedule(
    string Name,
    string Cron,
    string TimeZone,
    IReadOnlyList<string>? Topics,
    string Preset,
    long? TargetChatId,
    bool Paused,
    DateTimeOffset CreatedUtc,
    DateTimeOffset UpdatedUtc)
{
    /// <summary>True when the digest follows each subscriber's own topics rather than a fixed list.</summary>
    public bool UsesSubscriberTopics => Topics is null;
}
