using System.Diagnostics;
using Briefing.Host.Ingestion;
using Briefing.News.Corpus;
using Briefing.News.Topics;
using Briefing.Store.Articles;
using Briefing.Store.Database;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Benchmarks.Runs;

/// <summary>
/// End-to-end ingestion speed: generated corpus files read, cleaned, classified and stored into a fresh database
/// by the same <see cref="CorpusIngester"/> the worker uses; then the CPU cost of each stage on a sample, one thread.
/// </summary>
public sealed class IngestBenchmark(int articles, TextWriter output, int stageRounds = 1)
{
    private const int StageSample = 2000;

    /// <param name="createServices">Builds the host's services over the given corpus folder and database file.</param>
    public async Task RunAsync(string workFolder, Func<string, string, IServiceProvider> createServices, CancellationToken cancellationToken = default)
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

        var services = createServices(corpusFolder, databasePath);
        var ingester = services.GetRequiredService<CorpusIngester>();
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
        // With Database__Provider=Postgres the articles went to the server, and there is no file to measure.
        output.WriteLine(File.Exists(databasePath)
            ? $"database: {new FileInfo(databasePath).Length / 1024 / 1024} MB (+ WAL {WalSize(databasePath) / 1024 / 1024} MB)"
            : "database: on the PostgreSQL server (size not measured)");

        await StagesAsync(Directory.GetFiles(corpusFolder).Order().Take(StageSample).ToList(), services.GetRequiredService<TopicClassifier>(),
            Path.Combine(workFolder, "stages.db"), cancellationToken);
    }

    // Each stage alone over the same sample, so a slow end-to-end figure points at its cause. Read, clean and classify
    // run `stageRounds` times and report their fastest round: on a shared machine the fastest round is the steadiest
    // figure of what the code costs.
    private async Task StagesAsync(IReadOnlyList<string> files, TopicClassifier classifier, string databasePath, CancellationToken cancellationToken)
    {
        var reader = new CorpusFileReader(CorpusOptions.DefaultMaxFileBytes);
        var cleaner = new ArticleCleaner();
        var texts = Stage("read", files.Count, stageRounds, () => files.Select(f => reader.Read(f).Text!).ToList());
        var cleaned = Stage("clean", files.Count, stageRounds, () => texts.Select((t, i) => cleaner.Clean(t, files[i])).ToList());
        var topics = Stage("classify", files.Count, stageRounds, () => cleaned.Select(c => classifier.Classify(c.Title, c.Paragraphs).Assigned).ToList());
        var repository = new ArticleRepository(new SqliteDatabase(databasePath), TimeProvider.System);
        await repository.CountAsync(cancellationToken); // creates the schema outside the timing
        var batch = cleaned.Select((c, i) => new NewArticle(c.Title, c.Outlet, c.Published, files[i], c.Body, topics[i])).ToList();
        Stage("store", files.Count, 1, () => repository.UpsertManyAsync(batch, cancellationToken).GetAwaiter().GetResult());
    }

    private T Stage<T>(string name, int count, int rounds, Func<T> stage)
    {
        using var process = Process.GetCurrentProcess();
        var fastest = double.MaxValue;
        T result = default!;
        for (var round = 0; round < rounds; round++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            result = stage();
            process.Refresh();
            fastest = Math.Min(fastest, (process.TotalProcessorTime - cpuBefore).TotalMicroseconds / count);
        }
        var of = rounds > 1 ? $", fastest of {rounds} rounds" : "";
        output.WriteLine($"  stage {name,-9} {fastest,6:F0} µs CPU per article (sample of {count}{of})");
        return result;
    }

    /// <summary>The one-minute load average (Linux), printed beside benchmark figures; "n/a" elsewhere.</summary>
    internal static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

    private static long WalSize(string databasePath) => File.Exists(databasePath + "-wal") ? new FileInfo(databasePath + "-wal").Length : 0;
}
