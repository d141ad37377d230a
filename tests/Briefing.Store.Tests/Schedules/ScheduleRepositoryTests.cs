using Briefing.Store.Schedules;

namespace Briefing.Store.Tests.Schedules;

public abstract class ScheduleRepositoryTests<TDatabase> : IDisposable where TDatabase : TestDatabase, new()
{
    private static readonly DateTimeOffset Now = new(2024, 10, 27, 6, 0, 0, TimeSpan.Zero);
    private readonly TDatabase file = new();
    private readonly ScheduleRepository schedules;

    protected ScheduleRepositoryTests() => schedules = new ScheduleRepository(file.Database);

    public void Dispose() => file.Dispose();

    private static Schedule Evening => new("evening", "0 0 19 * * ?", "Europe/Kyiv", ["markets", "energy"], "brief", -100123, false, Now, Now);

    [Fact]
    public async Task An_added_schedule_reads_back_as_given_and_a_second_add_of_the_name_is_refused()
    {
        Assert.True(await schedules.AddAsync(Evening));
        Assert.False(await schedules.AddAsync(Evening with { Cron = "0 0 7 * * ?" }));

        var stored = await schedules.GetAsync("evening");
        Assert.NotNull(stored);
        Assert.Equal("0 0 19 * * ?", stored.Cron);
        Assert.Equal(["markets", "energy"], stored.Topics);
        Assert.Equal(-100123, stored.TargetChatId);
        Assert.False(stored.UsesSubscriberTopics);
    }

    [Fact]
    public async Task Every_change_moves_the_version_the_worker_watches()
    {
        var start = await schedules.GetVersionAsync();
        await schedules.AddAsync(Evening);
        var afterAdd = await schedules.GetVersionAsync();
        await schedules.SetPausedAsync("evening", true, Now);
        var afterPause = await schedules.GetVersionAsync();
        await schedules.RemoveAsync("evening");

        Assert.True(afterAdd > start);
        Assert.True(afterPause > afterAdd);
        Assert.True(await schedules.GetVersionAsync() > afterPause);
    }

    [Fact]
    public async Task An_update_changes_only_the_fields_given()
    {
        await schedules.AddAsync(Evening);

        Assert.True(await schedules.UpdateAsync("evening", new ScheduleChange(Cron: "0 30 18 * * ?", ClearTopics: true), Now.AddHours(1)));
        Assert.False(await schedules.UpdateAsync("nosuch", new ScheduleChange(Cron: "0 30 18 * * ?"), Now));

        var stored = (await schedules.GetAsync("evening"))!;
        Assert.Equal("0 30 18 * * ?", stored.Cron);
        Assert.True(stored.UsesSubscriberTopics);
        Assert.Equal("brief", stored.Preset);
        Assert.Equal(-100123, stored.TargetChatId);
        Assert.Equal(Now.AddHours(1), stored.UpdatedUtc);
    }
}

public sealed class SqliteScheduleRepositoryTests : ScheduleRepositoryTests<SqliteTestDatabase>;

public sealed class PostgresScheduleRepositoryTests : ScheduleRepositoryTests<PostgresTestDatabase>;
