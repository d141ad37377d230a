using Briefing.Host.Tests.Cli;
using Briefing.Host.Tests.Ingestion;

namespace Briefing.Host.Tests.Scheduling;

[Collection(CliCollection.Name)]
public sealed class WorkerStartupTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task A_worker_started_on_a_missing_corpus_folder_stops_with_a_non_zero_exit()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));

        var run = await Cli.Cli.RunAsync("run", "--db", temp.File("b.db"), "--corpus", temp.File("nowhere"))
            .WaitAsync(timeout.Token);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Output);
    }
}
