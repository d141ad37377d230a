namespace Briefing.Store.Delivery;

/// <summary>One named fact the worker recorded, and when.</summary>
public sealed record WorkerStatus(string Name, string Value, DateTimeOffset UpdatedUtc);
