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
}
