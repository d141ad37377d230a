namespace Briefing.Host.Ingestion;

/// <summary>Which folders hold the corpus and how large a file may be (section "Corpus").</summary>
public sealed class CorpusOptions
{
    public const string Section = "Corpus";
    public const long DefaultMaxFileBytes = 5 * 1024 * 1024;

    /// <summary>Folders read for .txt, .html and .htm files (subfolders included); relative to the working directory. None configured means "seeds".</summary>
    public List<string> Folders { get; set; } = [];

    /// <summary>
    /// The outlet of a folder's pages when a page names none itself (folder as in <see cref="Folders"/> → outlet name),
    /// e.g. "corpus/whitehouse": "White House".
    /// </summary>
    public Dictionary<string, string> Outlets { get; set; } = [];

    /// <summary>Files larger than this are skipped.</summary>
    public long MaxFileBytes { get; set; } = DefaultMaxFileBytes;

    /// <summary>Minutes between ingestions (file changes in the folders also start one); 0 turns the interval off.</summary>
    public double IngestEveryMinutes { get; set; } = 15;
}
