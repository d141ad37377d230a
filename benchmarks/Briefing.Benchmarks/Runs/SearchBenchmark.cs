using System.Diagnostics;
using Briefing.Store.Articles;
using Briefing.Store.Database;
using Briefing.Store.Search;

namespace Briefing.Benchmarks.Runs;

/// <summary>
/// Full-text search latency over a large store: generated articles stored through the repository, then a few
/// hundred varied queries (rare and common words, several words, news phrases, name variants, FTS5 syntax), each timed.
/// </summary>
public sealed class SearchBenchmark(int articles, int queries, TextWriter output)
{
    private const int HitsPerQuery = 10;
    private const int BatchSize = 1000;

    public async Task RunAsync(string workFolder, CancellationToken cancellationToken = default)
    {
        var database = new SqliteDatabase(Path.Combine(workFolder, "bench.db"));
        var repository = new ArticleRepository(database, TimeProvider.System);
        var search = new SqliteSearchRepository(database);
        var corpus = new SyntheticCorpus();

        var build = Stopwatch.StartNew();
        for (var start = 0; start < articles; start += BatchSize)
        {
            var batch = Enumerable.Range(start, Math.Min(BatchSize, articles - start)).Select(i =>
            {
                var (title, paragraphs) = corpus.NextArticle(i);
                return new NewArticle(title, corpus.Outlet(i), null, $"bench/{i:D6}.txt", string.Join("\n\n", paragraphs), []);
            }).ToList();
            await repository.UpsertManyAsync(batch, cancellationToken);
        }
        output.WriteLine($"stored {articles} articles in {build.Elapsed.TotalSeconds:F1} s (not timed); database {new FileInfo(database.Path).Length / 1024 / 1024} MB");

        var workload = Workload(corpus.ContentWords, new Random(7));
        // Untimed warm-up: JIT, connection pool, page cache.
        foreach (var (_, query) in workload.Take(20)) await search.SearchAsync(query, HitsPerQuery, cancellationToken);

        var timings = new List<(string Kind, double Milliseconds, double CpuMilliseconds, int Hits)>();
        foreach (var (kind, query) in workload)
        {
            var cpuBefore = Environment.CpuUsage.TotalTime;
            var timer = Stopwatch.StartNew();
            var hits = await search.SearchAsync(query, HitsPerQuery, cancellationToken);
            timer.Stop();
            timings.Add((kind, timer.Elapsed.TotalMilliseconds, (Environment.CpuUsage.TotalTime - cpuBefore).TotalMilliseconds, hits.Count));
        }

        output.WriteLine($"{timings.Count} queries, limit {HitsPerQuery}: {Summary(timings.Select(t => t.Milliseconds).ToList())}");
        // On a shared machine wall time includes waiting for a core; CPU time is what a query costs.
        output.WriteLine($"CPU time per query: {Summary(timings.Select(t => t.CpuMilliseconds).ToList())} (load average {IngestBenchmark.LoadAverage()})");
        foreach (var group in timings.GroupBy(t => t.Kind))
            output.WriteLine($"  {group.Key,-22} {group.Count(),4} queries, {group.Average(t => t.Hits),4:F1} hits avg: {Summary(group.Select(t => t.Milliseconds).ToList())}");
    }

    private List<(string Kind, string Query)> Workload(IReadOnlyList<string> words, Random random)
    {
        string[] phrases = ["victory plan", "security guarantees", "NATO membership", "air defence", "Zelenskyy", "Kiev", "Zelenskiy Kyiv",
                            "European Union sanctions", "ceasefire talks", "Bloomberg officials"];
        string[] syntax = ["\"NATO\" OR (", "-foo", "col:x", "*", "NEAR(plan talks)", "title:NATO", "\"unterminated", "plan*", "AND OR NOT", "^victory"];
        var list = new List<(string, string)>();
        for (var i = 0; list.Count < queries; i++)
        {
            list.Add((i % 10) switch
            {
                0 or 1 or 2 => ("one word, any rank", words[random.Next(words.Count)]),
                3 => ("one word, top 200", words[random.Next(200)]),
                4 or 5 => ("two words", $"{words[random.Next(2000)]} {words[random.Next(words.Count)]}"),
                6 => ("three words", $"{words[random.Next(200)]} {words[random.Next(2000)]} {words[random.Next(words.Count)]}"),
                7 => ("news phrase", phrases[random.Next(phrases.Length)]),
                8 => ("FTS5 syntax", syntax[random.Next(syntax.Length)]),
                _ => ("one word, top 2000", words[random.Next(2000)]),
            });
        }
        return list;
    }

    private static string Summary(List<double> milliseconds)
    {
        milliseconds.Sort();
        double At(double p) => milliseconds[Math.Min(milliseconds.Count - 1, (int)Math.Ceiling(p * milliseconds.Count) - 1)];
        return $"p50 {At(0.50):F2} ms, p95 {At(0.95):F2} ms, p99 {At(0.99):F2} ms, max {milliseconds[^1]:F2} ms";
    }
}
