namespace Briefing.Host.Scheduling;

/// <summary>The scheduler's settings (section Scheduling).</summary>
public sealed class SchedulingOptions
{
    public const string Section = "Scheduling";

    /// <summary>A firing missed while the worker was down runs once at start when at most this many hours late; otherwise it waits for the next time.</summary>
    public double MisfireGraceHours { get; set; } = 2;

    /// <summary>How often the worker looks for schedule changes made from the command line.</summary>
    public int SyncSeconds { get; set; } = 10;

    /// <summary>Quiet time after the last corpus file change before ingestion runs.</summary>
    public int CorpusDebounceSeconds { get; set; } = 5;

    /// <summary>The schedule created on first start: each subscriber's own topics at this time.</summary>
    public string DefaultScheduleName { get; set; } = "morning";

    public string DefaultCron { get; set; } = "0 0 8 * * ?";

    public string DefaultTimeZone { get; set; } = "Europe/Kyiv";

    public TimeSpan MisfireGrace => TimeSpan.FromHours(MisfireGraceHours);
}
