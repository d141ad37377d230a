using Briefing.Store.Database;

namespace Briefing.Store.Tests;

/// <summary>A real SQLite file in its own temporary folder, deleted after the test.</summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    private readonly TempFolder temp = new();

    public SqliteTestDatabase()
    {
        FilePath = temp.File("briefing.db");
        Database = new SqliteDatabase(FilePath);
    }

    public string Folder => temp.Path;
    public string FilePath { get; }
    public override SqliteDatabase Database { get; }

    public override StoreDatabase Reopen() => new SqliteDatabase(FilePath);

    public override void Dispose() => temp.Dispose();
}
