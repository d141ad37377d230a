using Briefing.Host.Tests.Ingestion;

namespace Briefing.Host.Tests.Cli;

[Collection(CliCollection.Name)]
public sealed class IngestCommandTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Ingest_prints_the_counts_and_a_second_run_finds_everything_unchanged()
    {
        var first = await Cli.RunAsync("ingest", "--db", temp.File("b.db"), "--corpus", RepositoryFiles.Seeds);
        var second = await Cli.RunAsync("ingest", "--db", temp.File("b.db"), "--corpus", RepositoryFiles.Seeds);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal("5 new, 0 unchanged, 0 near-duplicate, 0 new versions, 0 skipped", Assert.Single(first.OutputLines));
        Assert.Equal("0 new, 5 unchanged, 0 near-duplicate, 0 new versions, 0 skipped", Assert.Single(second.OutputLines));
    }

    [Fact]
    public async Task An_ingestion_from_the_shell_is_what_stats_shows_as_the_last_ingestion()
    {
        var before = await Cli.RunAsync("stats", "--db", temp.File("b.db"));
        await Cli.RunAsync("ingest", "--db", temp.File("b.db"), "--corpus", RepositoryFiles.Seeds);

        var after = await Cli.RunAsync("stats", "--db", temp.File("b.db"));

        Assert.Contains("Last ingestion: never", before.OutputLines);
        var line = Assert.Single(after.OutputLines, l => l.StartsWith("Last ingestion: "));
        Assert.EndsWith("UTC, 5 files: 5 new, 0 unchanged, 0 near-duplicates, 0 new versions, 0 skipped", line);
    }

    [Fact]
    public async Task Skipped_files_are_listed_with_their_reasons_and_the_run_succeeds()
    {
        var corpus = Directory.CreateDirectory(temp.File("corpus")).FullName;
        File.Copy(Directory.GetFiles(RepositoryFiles.Seeds)[0], Path.Combine(corpus, "good.txt"));
        File.WriteAllText(Path.Combine(corpus, "empty.txt"), "");
        File.WriteAllBytes(Path.Combine(corpus, "binary.html"), [1, 0, 2, 0]);

        var run = await Cli.RunAsync("ingest", "--db", temp.File("b.db"), "--corpus", corpus);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("1 new, 0 unchanged, 0 near-duplicate, 0 new versions, 2 skipped", run.OutputLines[0]);
        Assert.Contains(run.OutputLines, l => l.StartsWith("skipped ") && l.EndsWith("binary.html: binary (contains NUL bytes)"));
        Assert.Contains(run.OutputLines, l => l.StartsWith("skipped ") && l.EndsWith("empty.txt: empty"));
    }

    [Fact]
    public async Task A_missing_corpus_folder_exits_non_zero_with_one_line()
    {
        var missing = temp.File("nowhere");

        var run = await Cli.RunAsync("ingest", "--db", temp.File("b.db"), "--corpus", missing);

        Assert.NotEqual(0, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains(missing, line);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public async Task An_unwritable_database_path_exits_non_zero_with_one_line()
    {
        File.WriteAllText(temp.File("a-file"), "a file where a folder should be");
        var database = Path.Combine(temp.File("a-file"), "b.db");

        var run = await Cli.RunAsync("ingest", "--db", database, "--corpus", RepositoryFiles.Seeds);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains(database, Assert.Single(run.ErrorLines));
    }

    [Theory]
    [InlineData("ingest")]
    [InlineData("articles")]
    [InlineData("search")]
    public async Task Help_describes_each_command(string command)
    {
        var run = await Cli.RunAsync(command, "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:", run.Output);
        Assert.Contains("--db", run.Output);
    }
}
