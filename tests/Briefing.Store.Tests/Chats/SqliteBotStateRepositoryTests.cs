using Briefing.Store.Chats;

namespace Briefing.Store.Tests.Chats;

public sealed class SqliteBotStateRepositoryTests : IDisposable
{
    private readonly TempDatabase temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task A_value_survives_reopening_the_database_file()
    {
        await new SqliteBotStateRepository(temp.Database).SetAsync("last_update_id", "41");
        await new SqliteBotStateRepository(temp.Database).SetAsync("last_update_id", "42");
        var reopened = new SqliteBotStateRepository(new Briefing.Store.Database.SqliteDatabase(temp.FilePath));
        Assert.Equal("42", await reopened.GetAsync("last_update_id"));
        Assert.Null(await reopened.GetAsync("missing"));
    }

    [Fact]
    public async Task Handled_updates_are_recognised_by_id_in_any_order_and_forgotten_once_old()
    {
        var state = new SqliteBotStateRepository(temp.Database);
        var monday = new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);
        await state.MarkUpdateHandledAsync(12, monday);
        await state.MarkUpdateHandledAsync(10, monday.AddDays(2));
        await state.MarkUpdateHandledAsync(10, monday.AddDays(2));

        Assert.True(await state.IsUpdateHandledAsync(10));
        Assert.True(await state.IsUpdateHandledAsync(12));
        Assert.False(await state.IsUpdateHandledAsync(11));
        Assert.Equal(1, await state.ForgetHandledUpdatesAsync(monday.AddDays(1)));
        Assert.False(await state.IsUpdateHandledAsync(12));
        Assert.True(await state.IsUpdateHandledAsync(10));
    }
}
