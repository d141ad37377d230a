using System.Text.Json;

namespace Briefing.Host.Tests.Cli;

[Collection(CliCollection.Name)]
public sealed class SearchCommandTests : IDisposable
{
    private readonly SeededDatabase store = new();

    public void Dispose() => store.Dispose();

    [Fact]
    public async Task Search_json_prints_hits_with_every_field_best_first()
    {
        var database = await store.IngestSeedsAsync();

        var run = await Cli.RunAsync("search", "--db", database, "--json", "security", "guarantees");

        Assert.Equal(0, run.ExitCode);
        Assert.NotEmpty(run.OutputLines);
        var scores = new List<double>();
        foreach (var line in run.OutputLines)
        {
            var root = JsonDocument.Parse(line).RootElement;
            Assert.Equal(["id", "title", "outlet", "published", "snippet", "score", "url"], root.EnumerateObject().Select(p => p.Name));
            Assert.Contains("[security] [guarantees]", root.GetProperty("snippet").GetString(), StringComparison.OrdinalIgnoreCase);
            scores.Add(root.GetProperty("score").GetDouble());
        }
        Assert.Equal(scores.OrderDescending(), scores);
    }

    [Fact]
    public async Task A_name_variant_finds_the_seeds_spelling_it_otherwise()
    {
        var database = await store.IngestSeedsAsync();

        var zelenskyy = await Cli.RunAsync("search", "--db", database, "--json", "--limit", "10", "Zelenskyy");
        var zelensky = await Cli.RunAsync("search", "--db", database, "--json", "--limit", "10", "Zelensky");

        Assert.Equal(5, zelenskyy.OutputLines.Length);
        Assert.Equal(zelensky.OutputLines.Select(Id).Order(), zelenskyy.OutputLines.Select(Id).Order());
    }

    [Fact]
    public async Task Search_syntax_in_the_query_neither_breaks_nor_errors()
    {
        var database = await store.IngestSeedsAsync();

        var run = await Cli.RunAsync("search", "--db", database, "\"NATO\" OR (", "col:x", "*");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
    }

    [Fact]
    public async Task A_limit_below_one_exits_non_zero_with_one_line()
    {
        var run = await Cli.RunAsync("search", "--db", store.Path, "--limit", "0", "NATO");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--limit", Assert.Single(run.ErrorLines));
    }

    private static long Id(string line) => JsonDocument.Parse(line).RootElement.GetProperty("id").GetInt64();
}
