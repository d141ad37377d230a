namespace Briefing.Host.Ingestion;

/// <summary>A corpus file's text, or the reason it is skipped.</summary>
public sealed record CorpusFileContent(string? Text, string? SkipReason)
{
    public static CorpusFileContent Of(string text) => new(text, null);

    public static CorpusFileContent Skip(string reason) => new(null, reason);
}
