namespace Briefing.Store.Database;

/// <summary>The database file cannot be opened for writing; <see cref="Path"/> and <see cref="Reason"/> say which and why.</summary>
public sealed class DatabaseUnavailableException(string path, string reason, Exception? inner = null)
    : Exception($"Cannot use database {path}: {reason.TrimEnd('.')}. Check the path (Database:Path or --db) and that its folder is writable.", inner)
{
    public string Path { get; } = path;
    public string Reason { get; } = reason;
}
