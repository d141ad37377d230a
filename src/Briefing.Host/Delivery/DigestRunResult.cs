namespace Briefing.Host.Delivery;

/// <summary>What a run did: how many digests it queued, how many subscribers it looked at, and whether it had already finished.</summary>
public sealed record DigestRunResult(string ScheduleName, string PeriodKey, int Queued, int Subscribers, bool AlreadyFinished);
