namespace Briefing.Host.Delivery;

/// <summary>A schedule as operators list it: its settings, when it next runs and how its last run went.</summary>
public sealed record ScheduleStatus(
    string Name,
    string Cron,
    string TimeZone,
    IReadOnlyList<string>? Topics,
    string Preset,
    long? TargetChatId,
    bool Paused,
    DateTimeOffset? NextRunUtc,
    RunStatus? LastRun);
