namespace Briefing.Host.Delivery;

/// <summary>One digest run: the period it was for, why it ran, when, and how many digests it queued.</summary>
public sealed record RunStatus(string Period, string Reason, DateTimeOffset StartedUtc, DateTimeOffset? FinishedUtc, int Digests);
