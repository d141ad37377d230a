using Briefing.Benchmarks.Runs;

namespace Briefing.Benchmarks.Tests;

/// <summary>The benchmark runs as docs/benchmarks.md starts them (`dotnet run --project benchmarks/Briefing.Benchmarks -- ingest ...`).</summary>
public sealed class BenchCommandTests
{
    [Fact]
    public async Task Bench_ingest_reports_throughput_memory_and_each_stage()
    {
        var run = await RunAsync("ingest", "--articles", "60");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(run.OutputLines, l => l.StartsWith("ingested 60 files in ") && l.Contains("articles/s") && l.Contains("59 new, 1 near-duplicate"));
        Assert.Contains(run.OutputLines, l => l.StartsWith("peak working set: "));
        Assert.Equal(["read", "clean", "classify", "store"], run.OutputLines.Where(l => l.StartsWith("stage ")).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]));
    }

    [Fact]
    public async Task Bench_search_reports_latency_percentiles_for_the_queries()
    {
        var run = await RunAsync("search", "--articles", "300", "--queries", "40");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(run.OutputLines, l => l.StartsWith("40 queries, limit 10: p50 ") && l.Contains("p95"));
    }

    [Fact]
    public async Task A_benchmark_size_below_one_exits_non_zero_with_one_line()
    {
        var run = await RunAsync("ingest", "--articles", "0");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--articles", Assert.Single(run.ErrorLines));
    }

    private static async Task<(int ExitCode, string[] OutputLines, string[] ErrorLines)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await BenchCommand.Create().Parse(args)
            .InvokeAsync(new System.CommandLine.InvocationConfiguration { Output = output, Error = error });
        return (exitCode, Lines(output), Lines(error));
    }

    private static string[] Lines(StringWriter writer) =>
        writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
