using Briefing.Store.Chats;

namespace Briefing.Store.Tests.Chats;

public abstract class BotStateRepositoryTests<TDatabase> : IDisposable where TDatabase : TestDatabase, new()
{
    private readonly TDatabase temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task A_value_survives_reopening_the_database_file()
    {
        await new BotStateRepository(temp.Database).SetAsync("last_update_id", "41");
        await new BotStateRepository(temp.Database).SetAsync("last_update_id", "42");
        var reopened = new BotStateRepository(temp.Reopen());
        Assert.Equal("42", await reopened.GetAsync("last_update_id"));
        Assert.Null(await reopened.GetAsync("missing"));
    }
}

public sealed class SqliteBotStateRepositoryTests : BotStateRepositoryTests<SqliteTestDatabase>;

public sealed class PostgresBotStateRepositoryTests : BotStateRepositoryTests<PostgresTestDatabase>;
