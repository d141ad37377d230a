using Briefing.Host.Tests.Cli;
using Briefing.Host.Tests.Ingestion;

namespace Briefing.Host.Tests.Scheduling;

[Collection(CliCollection.Name)]
public sealed class SchedulesCommandTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private Task<CliRun> Briefing(params string[] args) => Cli.Cli.RunAsync([.. args, "--db", temp.File("b.db"), "--corpus", RepositoryFiles.Seeds]);

    [Fact]
    public async Task Run_once_on_a_fresh_database_prints_the_seeds_digest_and_a_second_run_prints_nothing()
    {
        var first = await Briefing("run", "--once");
        var second = await Briefing("run", "--once");

        Assert.Equal(0, first.ExitCode);
        // One section per configured topic, each with its coverage line and cited points.
        Assert.Contains(first.OutputLines, l => l.StartsWith("Victory plan ("));
        Assert.Contains(first.OutputLines, l => l.StartsWith("NATO accession ("));
        Assert.Contains(first.OutputLines, l => l.StartsWith("• ") && l.EndsWith("]"));
        Assert.Equal(0, second.ExitCode);
        Assert.Equal("", second.Output);
    }

    [Fact]
    public async Task An_added_schedule_is_listed_and_changes_show_in_the_list()
    {
        var added = await Briefing("schedules", "add", "evening", "--cron", "0 0 19 * * ?", "--tz", "Europe/Kyiv", "--topics", "victory-plan", "--preset", "brief");
        await Briefing("schedules", "pause", "evening");
        var list = await Briefing("schedules", "list");

        Assert.Equal(0, added.ExitCode);
        Assert.StartsWith("Added evening: 0 0 19 * * ? in Europe/Kyiv, next at ", added.OutputLines[0]);
        Assert.Contains("evening: 0 0 19 * * ? Europe/Kyiv, victory-plan, brief; paused", list.Output);
    }

    [Fact]
    public async Task Bad_schedule_input_names_every_problem_and_stores_nothing()
    {
        var run = await Briefing("schedules", "add", "Evening!", "--cron", "0 0 19 * *", "--tz", "Mars/Base", "--topics", "weather", "--preset", "huge");
        var list = await Briefing("schedules", "list");

        Assert.Equal(1, run.ExitCode);
        var error = Assert.Single(run.ErrorLines);
        Assert.Contains("\"Evening!\" is not a schedule name", error);
        Assert.Contains("\"0 0 19 * *\" is not a Quartz cron expression", error);
        Assert.Contains("\"Mars/Base\" is not a known IANA time zone", error);
        Assert.Contains("unknown topic \"weather\"", error);
        Assert.Contains("unknown preset \"huge\"", error);
        Assert.Equal("No schedules. Add one with: briefing schedules add NAME --cron \"0 0 8 * * ?\" --tz Europe/Kyiv", list.Output.Trim());
    }

    [Fact]
    public async Task A_schedule_takes_IANA_zone_ids_only_as_the_bot_does()
    {
        var windows = await Briefing("schedules", "add", "evening", "--cron", "0 0 19 * * ?", "--tz", "FLE Standard Time");

        Assert.Equal(1, windows.ExitCode);
        Assert.Contains("\"FLE Standard Time\" is not a known IANA time zone", Assert.Single(windows.ErrorLines));
    }

    [Fact]
    public async Task Without_token_or_stored_subscribers_a_run_says_it_is_local_mode_and_prints_the_digest()
    {
        await Briefing("ingest");
        await Briefing("schedules", "add", "evening", "--cron", "0 0 19 * * ?", "--tz", "UTC");

        var run = await Briefing("schedules", "run", "evening");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("No subscribers in the database and no Telegram:Token: local mode, so evening's digest prints here.", run.OutputLines[0]);
        Assert.Contains(run.OutputLines, l => l.StartsWith("Victory plan ("));
    }

    [Fact]
    public async Task Running_an_unknown_schedule_says_so_and_exits_non_zero()
    {
        var run = await Briefing("schedules", "run", "nosuch");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("error: no schedule named \"nosuch\"; `briefing schedules list` shows them.", Assert.Single(run.ErrorLines));
    }
}
