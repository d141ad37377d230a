using System.Text.Json;

namespace Briefing.Host.Tests.Cli;

[Collection(CliCollection.Name)]
public sealed class ArticlesCommandTests : IDisposable
{
    private readonly SeededDatabase store = new();

    public void Dispose() => store.Dispose();

    [Fact]
    public async Task Articles_json_prints_one_object_per_seed_with_every_field()
    {
        var database = await store.IngestSeedsAsync();

        var run = await Cli.RunAsync("articles", "--db", database, "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(5, run.OutputLines.Length);
        var ids = new List<long>();
        foreach (var line in run.OutputLines)
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            Assert.Equal(["id", "title", "outlet", "published", "topics", "source", "url", "body"], root.EnumerateObject().Select(p => p.Name));
            ids.Add(root.GetProperty("id").GetInt64());
            Assert.NotEqual("", root.GetProperty("title").GetString());
            Assert.Contains(root.GetProperty("outlet").ValueKind, new[] { JsonValueKind.String, JsonValueKind.Null });
            var published = root.GetProperty("published");
            if (published.ValueKind != JsonValueKind.Null) Assert.True(DateTimeOffset.TryParse(published.GetString(), out _));
            Assert.Equal(JsonValueKind.Array, root.GetProperty("topics").ValueKind);
            Assert.All(root.GetProperty("topics").EnumerateArray(), t => Assert.Contains(t.GetString(), new[] { "victory-plan", "nato-accession", "security-guarantees" }));
            Assert.True(File.Exists(root.GetProperty("source").GetString()));
            Assert.Contains("\n\n", root.GetProperty("body").GetString());
        }
        Assert.Equal(ids.Order(), ids);
    }

    [Fact]
    public async Task The_topic_option_lists_only_articles_with_that_topic()
    {
        var database = await store.IngestSeedsAsync();

        var all = await Cli.RunAsync("articles", "--db", database, "--json");
        var run = await Cli.RunAsync("articles", "--db", database, "--json", "--topic", "security-guarantees");

        var expected = all.OutputLines.Where(l => JsonDocument.Parse(l).RootElement.GetProperty("topics").EnumerateArray().Any(t => t.GetString() == "security-guarantees"));
        Assert.Equal(expected, run.OutputLines);
        Assert.NotEmpty(run.OutputLines);
        Assert.True(run.OutputLines.Length < all.OutputLines.Length);
    }

    [Fact]
    public async Task An_unknown_topic_exits_non_zero_naming_the_known_ones()
    {
        var database = await store.IngestSeedsAsync();

        var run = await Cli.RunAsync("articles", "--db", database, "--topic", "weather");

        Assert.NotEqual(0, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains("weather", line);
        Assert.Contains("victory-plan", line);
    }

    [Fact]
    public async Task Articles_without_json_prints_one_line_per_article()
    {
        var database = await store.IngestSeedsAsync();

        var run = await Cli.RunAsync("articles", "--db", database);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(5, run.OutputLines.Length);
    }
}
