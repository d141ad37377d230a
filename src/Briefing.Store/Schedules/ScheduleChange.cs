namespace Briefing.Store.Schedules;

/// <summary>The fields `schedules update` may change; null leaves a field as it is.</summary>
public sealed record ScheduleChange(
    string? Cron = null,
    string? TimeZone = null,
    IReadOnlyList<string>? Topics = null,
    bool ClearTopics = false,
    string? Preset = null,
    long? TargetChatId = null,
    bool ClearTargetChat = false);
