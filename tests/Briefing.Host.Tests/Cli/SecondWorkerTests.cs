using Briefing.Host.Tests.Ingestion;
using Briefing.Store.Database;

namespace Briefing.Host.Tests.Cli;

[Collection(CliCollection.Name)]
public sealed class SecondWorkerTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task A_second_worker_on_a_database_another_worker_owns_refuses_to_start_and_operator_commands_still_work()
    {
        var database = temp.File("b.db");
        using var running = await SqliteWorkerLock.ClaimAsync(new SqliteDatabase(database), TimeProvider.System);

        var second = await Cli.RunAsync("run", "--once", "--db", database, "--corpus", RepositoryFiles.Seeds);
        var ingest = await Cli.RunAsync("ingest", "--db", database, "--corpus", RepositoryFiles.Seeds);
        var stats = await Cli.RunAsync("stats", "--db", database);

        Assert.Equal(1, second.ExitCode);
        var line = Assert.Single(second.ErrorLines);
        Assert.StartsWith($"error: Another worker (process {Environment.ProcessId} on {Environment.MachineName}, since ", line);
        Assert.Contains($"owns database {database}: with SQLite one worker owns the database, so this one does not start.", line);
        Assert.Equal("", second.Output);
        Assert.Equal(0, ingest.ExitCode);
        Assert.Equal(0, stats.ExitCode);
        Assert.Contains(stats.OutputLines, l => l.StartsWith("Last ingestion: ") && l.EndsWith("5 new, 0 unchanged, 0 near-duplicates, 0 new versions, 0 skipped"));
    }
}
