namespace Briefing.Host.Storage;

/// <summary>Where the SQLite database lives (section "Database").</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>The database file; relative paths are taken from the working directory.</summary>
    public string Path { get; set; } = "";
}
