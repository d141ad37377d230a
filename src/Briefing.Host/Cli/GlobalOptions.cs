using System.CommandLine;

namespace Briefing.Host.Cli;

/// <summary>Options every command accepts; they override the configuration files.</summary>
public static class GlobalOptions
{
    public static readonly Option<string?> Db = new("--db")
    {
        Description = "Path of the SQLite database file (overrides Database:Path).",
        Recursive = true,
    };

    public static readonly Option<string[]> Corpus = new("--corpus")
    {
        Description = "Corpus folder to read; repeat for several (overrides Corpus:Folders).",
        Recursive = true,
        AllowMultipleArgumentsPerToken = false,
    };
}
