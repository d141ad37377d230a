using Briefing.Store.Database;
using Microsoft.Data.Sqlite;

namespace Briefing.Store.Tests;

/// <summary>A real SQLite file in its own temporary folder, deleted after the test.</summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    public SqliteTestDatabase()
    {
        Folder = Path.Combine(Path.GetTempPath(), "briefing-store-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        FilePath = Path.Combine(Folder, "briefing.db");
        Database = new SqliteDatabase(FilePath);
    }

    public string Folder { get; }
    public string FilePath { get; }
    public override SqliteDatabase Database { get; }

    public override StoreDatabase Reopen() => new SqliteDatabase(FilePath);

    public override void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { } // another test's pool may still hold a handle briefly
    }
}
