namespace Briefing.Host.Delivery;

/// <summary>When the corpus was last ingested and what that found.</summary>
public sealed record IngestionStatus(DateTimeOffset AtUtc, string Summary);
