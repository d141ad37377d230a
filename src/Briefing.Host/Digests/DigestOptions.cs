namespace Briefing.Host.Digests;

/// <summary>Digest settings (config section "Digests").</summary>
public sealed class DigestOptions
{
    public const string Section = "Digests";

    /// <summary>Send "nothing new" when a digest has nothing; otherwise an empty digest sends no message.</summary>
    public bool SendNothingNewNote { get; set; }

    /// <summary>
    /// How far back a first digest (a new subscriber's, or `briefing digest` without --since) reaches, in days, counted
    /// back from each topic's newest article (or now, when that is later than now): a recent window, not the archive.
    /// </summary>
    public int RecentDays { get; set; } = 30;

    /// <summary>The most recent articles per topic a digest reads; older ones in the window are left out.</summary>
    public int MaxArticlesPerTopic { get; set; } = 10_000;
}
