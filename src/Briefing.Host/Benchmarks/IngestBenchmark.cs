using System.Diagnostics;
using Briefing.Host.Ingestion;

namespace Briefing.Host.Benchmarks;

/// <summary>
/// End-to-end ingestion speed: generated corpus files read, cleaned, classified and stored into a fresh database
/// by the same <see cref="CorpusIngester"/> the worker uses.
/// </summary>
public sealed class IngestBenchmark(int articles, TextWriter output)
{
    /// <param name="createIngester">Builds the ingester over the given corpus folder and database file.</param>
    public async Task RunAsync(string workFolder, Func<string, string, CorpusIngester> createIngester, CancellationToken cancellationToken = default)
    {
        var corpusFolder = Directory.CreateDirectory(Path.Combine(workFolder, "corpus")).FullName;
        var databasePath = Path.Combine(workFolder, "bench.db");

        var generation = Stopwatch.StartNew();
        var corpus = new SyntheticCorpus();
        long bytes = 0;
        for (var i = 0; i < articles; i++)
        {
            var page = corpus.NextPage(i);
            bytes += page.Length;
            await File.WriteAllTextAsync(Path.Combine(corpusFolder, $"{i:D6}.txt"), page, cancellationToken);
        }
        output.WriteLine($"generated {articles} files, {bytes / articles / 1024.0:F1} KB each on average, in {generation.Elapsed.TotalSeconds:F1} s (not timed)");

        var ingester = createIngester(corpusFolder, databasePath);
        var loadBefore = LoadAverage();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var timer = Stopwatch.StartNew();
        var report = await ingester.IngestAsync(cancellationToken);
        timer.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;

        output.WriteLine($"ingested {report.Files} files in {timer.Elapsed.TotalSeconds:F2} s: {report.Files / timer.Elapsed.TotalSeconds:F0} articles/s " +
                         $"({report.New} new, {report.NearDuplicates} near-duplicate, {report.Unchanged} unchanged, {report.Skipped.Count} skipped)");
        // The machine is shared: CPU time shows what the work costs when other processes take cores away.
        output.WriteLine($"CPU time {cpu.TotalSeconds:F2} s ({report.Files / cpu.TotalSeconds:F0} articles per CPU-second; " +
                         $"{Environment.ProcessorCount} cores; load average before/after {loadBefore} / {LoadAverage()})");
        output.WriteLine($"peak working set: {process.PeakWorkingSet64 / 1024 / 1024} MB");
        output.WriteLine($"database: {new FileInfo(databasePath).Length / 1024 / 1024} MB (+ WAL {WalSize(databasePath) / 1024 / 1024} MB)");
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

    private static long WalSize(string databasePath) => File.Exists(databasePath + "-wal") ? new FileInfo(databasePath + "-wal").Length : 0;
}
