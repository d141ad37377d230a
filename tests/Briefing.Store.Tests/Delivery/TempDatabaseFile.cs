using Briefing.Store;

namespace Briefing.Store.Tests.Delivery;

/// <summary>A fresh SQLite file in its own temp folder, deleted after the test.</summary>
public sealed class TempDatabaseFile : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "briefing-tests", Guid.NewGuid().ToString("N"));

    public TempDatabaseFile()
    {
        Directory.CreateDirectory(folder);
        Database = new SqliteDatabase(Path.Combine(folder, "briefing.db"));
    }

    public SqliteDatabase Database { get; }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }
}
