using Briefing.Host.Tests.Ingestion;

namespace Briefing.Host.Tests.Cli;

/// <summary>A database file in a temporary folder, which a test can fill with the seeds through `briefing ingest`.</summary>
public sealed class SeededDatabase : IDisposable
{
    private readonly TempFolder temp = new();

    public string Path => temp.File("b.db");

    public async Task<string> IngestSeedsAsync()
    {
        Assert.Equal(0, (await Cli.RunAsync("ingest", "--db", Path, "--corpus", RepositoryFiles.Seeds)).ExitCode);
        return Path;
    }

    public void Dispose() => temp.Dispose();
}
