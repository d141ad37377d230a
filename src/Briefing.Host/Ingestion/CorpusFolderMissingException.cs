namespace Briefing.Host.Ingestion;

/// <summary>A configured corpus folder does not exist; nothing was ingested.</summary>
public sealed class CorpusFolderMissingException(string folder)
    : Exception($"Corpus folder {folder} does not exist. Check Corpus:Folders or --corpus.")
{
    public string Folder { get; } = folder;
}
