namespace Briefing.Host.Feeds;

/// <summary>The feeds at a glance, from their stored rows: how many, how many paused or failing now, and what the last pull did.</summary>
/// <param name="Failing">Feeds not paused whose last pulls failed (errors in a row above 0).</param>
/// <param name="LastPull">When feeds were last pulled (by `briefing ingest` or the worker) and its summary line; null before the first.</param>
public sealed record FeedsStatus(int Total, int Active, int Paused, int Failing, Delivery.IngestionStatus? LastPull);
