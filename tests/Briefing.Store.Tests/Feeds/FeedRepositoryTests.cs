using Briefing.Store.Feeds;

namespace Briefing.Store.Tests.Feeds;

public abstract class FeedRepositoryTests<TDatabase> : IDisposable where TDatabase : TestDatabase, new()
{
    private const string Old = "http://old.example/feed.xml";
    private const string New = "https://new.example/feed.xml";
    private static readonly DateTimeOffset Now = new(2025, 6, 3, 10, 0, 0, TimeSpan.Zero);
    private readonly TDatabase file = new();
    private readonly FeedRepository feeds;

    protected FeedRepositoryTests() => feeds = new FeedRepository(file.Database);

    public void Dispose() => file.Dispose();

    private async Task AddPulledAsync(string url, string? outlet, params string[] itemKeys)
    {
        Assert.True(await feeds.AddAsync(url, outlet, Now));
        await feeds.RecordPullAsync(url, new FeedPull(Now, true, "ok: 2 new", Now.AddMinutes(15), new FeedPullContent("Kyiv Ledger", itemKeys.Length, "\"v1\"", null)));
        await feeds.SaveItemsAsync(url, itemKeys.Select(k => new FeedItemSeen(k, "fp-" + k)).ToList(), Now);
    }

    [Fact]
    public async Task A_moved_feed_keeps_its_state_and_seen_items_under_the_new_address_only()
    {
        await AddPulledAsync(Old, "Ledger", "a", "b");

        Assert.Equal(FeedMoveOutcome.Moved, await feeds.MoveAsync(Old, New, Now.AddHours(1)));

        var moved = Assert.Single(await feeds.ListAsync());
        Assert.Equal(New, moved.Url);
        Assert.Equal("Ledger", moved.Outlet);
        Assert.Equal("Kyiv Ledger", moved.Title);
        Assert.Equal("\"v1\"", moved.ETag);
        Assert.Equal(2, moved.Items);
        Assert.Equal(Now, moved.CreatedUtc);
        Assert.Equal(new Dictionary<string, string> { ["a"] = "fp-a", ["b"] = "fp-b" }, await feeds.GetItemFingerprintsAsync(New));
        Assert.Empty(await feeds.GetItemFingerprintsAsync(Old));
        Assert.Equal(New, (await feeds.ListMovesAsync())[Old]);
    }

    [Fact]
    public async Task A_move_to_an_address_already_stored_keeps_that_feed_and_adds_the_old_ones_items_to_it()
    {
        await AddPulledAsync(Old, "Ledger", "a", "b");
        await AddPulledAsync(New, null, "b", "c");

        Assert.Equal(FeedMoveOutcome.MergedIntoExisting, await feeds.MoveAsync(Old, New, Now.AddHours(1)));

        var kept = Assert.Single(await feeds.ListAsync());
        Assert.Equal(New, kept.Url);
        Assert.Equal("Ledger", kept.Outlet);
        Assert.Equal(["a", "b", "c"], (await feeds.GetItemFingerprintsAsync(New)).Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_chain_of_moves_leads_every_old_address_to_where_the_feed_lives_now()
    {
        const string Middle = "https://middle.example/feed.xml";
        await AddPulledAsync(Old, null, "a");

        await feeds.MoveAsync(Old, Middle, Now);
        await feeds.MoveAsync(Middle, New, Now.AddDays(1));

        Assert.Equal(New, Assert.Single(await feeds.ListAsync()).Url);
        var moves = await feeds.ListMovesAsync();
        Assert.Equal(New, moves[Old]);
        Assert.Equal(New, moves[Middle]);

        // Moving back makes the old address a live feed again, not a moved one.
        await feeds.MoveAsync(New, Old, Now.AddDays(2));
        moves = await feeds.ListMovesAsync();
        Assert.False(moves.ContainsKey(Old));
        Assert.Equal(Old, moves[New]);
        Assert.Equal(Old, moves[Middle]);
    }

    [Fact]
    public async Task Moving_a_feed_that_is_not_stored_changes_nothing()
    {
        await AddPulledAsync(New, null, "a");

        Assert.Equal(FeedMoveOutcome.NotFound, await feeds.MoveAsync(Old, New, Now));

        Assert.Equal(New, Assert.Single(await feeds.ListAsync()).Url);
        Assert.Empty(await feeds.ListMovesAsync());
    }
}

public sealed class SqliteFeedRepositoryTests : FeedRepositoryTests<SqliteTestDatabase>;

public sealed class PostgresFeedRepositoryTests : FeedRepositoryTests<PostgresTestDatabase>;
