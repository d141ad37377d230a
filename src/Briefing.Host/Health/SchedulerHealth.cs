namespace Briefing.Host.Health;

/// <summary>The scheduler's state as /healthz reports it: started, standby, shutdown (or unavailable when it cannot be reached).</summary>
public sealed record SchedulerHealth(string State, int Triggers);
