namespace Briefing.Store.Database;

/// <summary>Another worker owns the SQLite database; <see cref="Owner"/> says which process, as it recorded itself.</summary>
public sealed class DatabaseInUseException(string path, string? owner)
    : Exception($"Another worker ({owner ?? "owner unknown"}) owns database {path}: with SQLite one worker owns the database, " +
                "so this one does not start. Stop that worker first, or point this one at another database file (--db); " +
                "operator commands (`briefing schedules run`, `briefing stats`, ...) work beside the running worker.")
{
    public string Path { get; } = path;

    public string? Owner { get; } = owner;
}
