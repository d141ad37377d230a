namespace Briefing.Host.Delivery;

/// <summary>When an ingestion (of the corpus folders, or a pull of the feeds) last ran, and its summary line.</summary>
public sealed record IngestionStatus(DateTimeOffset AtUtc, string Summary);
