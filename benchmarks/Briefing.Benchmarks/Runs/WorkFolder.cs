using Microsoft.Data.Sqlite;

namespace Briefing.Benchmarks.Runs;

/// <summary>A benchmark's temporary folder (its SQLite file, corpus): made for the run, deleted after it.</summary>
internal static class WorkFolder
{
    /// <summary>Runs <paramref name="benchmark"/> in a new folder; 0, the exit code of a run that finished.</summary>
    public static async Task<int> RunAsync(Func<string, Task> benchmark)
    {
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "briefing-bench-" + Guid.NewGuid().ToString("N"))).FullName;
        try
        {
            await benchmark(folder);
            return 0;
        }
        finally
        {
            // Pooled connections keep the SQLite file open.
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
