using Briefing.Store.Database;
using Dapper;

namespace Briefing.Store.Feeds;

/// <summary>Feeds and their seen items (SQLite or PostgreSQL).</summary>
public sealed class FeedRepository(StoreDatabase database) : IFeedRepository
{
    private const string Columns = """
        url AS Url, outlet AS Outlet, title AS Title, paused AS Paused, etag AS ETag, last_modified AS LastModified,
        last_fetch_utc AS LastFetchUtc, last_status AS LastStatus, items AS Items, errors_in_row AS ErrorsInRow,
        next_fetch_utc AS NextFetchUtc, created_utc AS CreatedUtc
        """;

    public Task<bool> AddAsync(string url, string? outlet, DateTimeOffset nowUtc, CancellationToken cancellationToken = default) =>
        database.RunAsync<bool>(async connection =>
        {
            return await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO feeds (url, outlet, created_utc) VALUES (@url, @outlet, @now) ON CONFLICT DO NOTHING",
                new { url, outlet, now = StoredTime.Format(nowUtc) }, cancellationToken: cancellationToken)) == 1;
        }, cancellationToken);

    public Task<bool> RemoveAsync(string url, CancellationToken cancellationToken = default) =>
        database.RunAsync<bool>(async connection =>
        {
            return await connection.ExecuteAsync(new CommandDefinition("DELETE FROM feeds WHERE url = @url", new { url }, cancellationToken: cancellationToken)) == 1;
        }, cancellationToken);

    public Task<bool> SetPausedAsync(string url, bool paused, CancellationToken cancellationToken = default) =>
        database.RunAsync<bool>(async connection =>
        {
            // A resumed feed is due at once rather than at the time set before it was paused.
            return await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE feeds SET paused = @paused, next_fetch_utc = CASE WHEN @paused = 0 THEN NULL ELSE next_fetch_utc END WHERE url = @url",
                new { url, paused = paused ? 1 : 0 }, cancellationToken: cancellationToken)) == 1;
        }, cancellationToken);

    public Task<IReadOnlyList<Feed>> ListAsync(CancellationToken cancellationToken = default) =>
        database.RunAsync<IReadOnlyList<Feed>>(async connection =>
        {
            var rows = await connection.QueryAsync<Row>(new CommandDefinition($"SELECT {Columns} FROM feeds ORDER BY url", cancellationToken: cancellationToken));
            return rows.Select(r => r.ToFeed()).ToList();
        }, cancellationToken);

    public Task<Feed?> GetAsync(string url, CancellationToken cancellationToken = default) =>
        database.RunAsync<Feed?>(async connection =>
        {
            var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
                $"SELECT {Columns} FROM feeds WHERE url = @url", new { url }, cancellationToken: cancellationToken));
            return row?.ToFeed();
        }, cancellationToken);

    public Task RecordPullAsync(string url, FeedPull pull, CancellationToken cancellationToken = default) =>
        database.RunAsync(async connection =>
        {
            await connection.ExecuteAsync(new CommandDefinition(
                """
                UPDATE feeds SET
                    last_fetch_utc = @Fetched,
                    last_status = @Status,
                    errors_in_row = CASE WHEN @Succeeded = 1 THEN 0 ELSE errors_in_row + 1 END,
                    next_fetch_utc = @Next,
                    title = CASE WHEN @HasContent = 1 THEN @Title ELSE title END,
                    items = CASE WHEN @HasContent = 1 THEN @Items ELSE items END,
                    etag = CASE WHEN @HasContent = 1 THEN @ETag ELSE etag END,
                    last_modified = CASE WHEN @HasContent = 1 THEN @LastModified ELSE last_modified END
                WHERE url = @Url
                """,
                new
                {
                    Url = url,
                    Fetched = StoredTime.Format(pull.FetchedUtc),
                    pull.Status,
                    Succeeded = pull.Succeeded ? 1 : 0,
                    Next = StoredTime.Format(pull.NextFetchUtc),
                    HasContent = pull.Content is null ? 0 : 1,
                    pull.Content?.Title,
                    Items = pull.Content?.Items ?? 0,
                    pull.Content?.ETag,
                    pull.Content?.LastModified,
                },
                cancellationToken: cancellationToken));
        }, cancellationToken);

    public Task<IReadOnlyDictionary<string, string>> GetItemFingerprintsAsync(string url, CancellationToken cancellationToken = default) =>
        database.RunAsync<IReadOnlyDictionary<string, string>>(async connection =>
        {
            var rows = await connection.QueryAsync<(string Key, string Fingerprint)>(new CommandDefinition(
                "SELECT item_key, fingerprint FROM feed_items WHERE feed_url = @url", new { url }, cancellationToken: cancellationToken));
            return rows.ToDictionary(r => r.Key, r => r.Fingerprint, StringComparer.Ordinal);
        }, cancellationToken);

    public async Task SaveItemsAsync(string url, IReadOnlyList<FeedItemSeen> items, DateTimeOffset nowUtc, CancellationToken cancellationToken = default)
    {
        if (items.Count == 0) return;
        await database.RunAsync(async connection =>
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO feed_items (feed_url, item_key, fingerprint, seen_utc) VALUES (@Url, @Key, @Fingerprint, @Now)
                ON CONFLICT (feed_url, item_key) DO UPDATE SET fingerprint = excluded.fingerprint, seen_utc = excluded.seen_utc
                """,
                items.Select(i => new { Url = url, i.Key, i.Fingerprint, Now = StoredTime.Format(nowUtc) }),
                transaction, cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
        }, cancellationToken);
    }

    public Task<FeedMoveOutcome> MoveAsync(string fromUrl, string toUrl, DateTimeOffset nowUtc, CancellationToken cancellationToken = default) =>
        database.RunAsync<FeedMoveOutcome>(async connection =>
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var args = new { From = fromUrl, To = toUrl, Now = StoredTime.Format(nowUtc) };
            CommandDefinition Sql(string sql) => new(sql, args, transaction, cancellationToken: cancellationToken);

            var found = await connection.ExecuteScalarAsync<long>(Sql("SELECT COUNT(*) FROM feeds WHERE url = @From"));
            if (found == 0) return FeedMoveOutcome.NotFound;
            var existing = await connection.ExecuteScalarAsync<long>(Sql("SELECT COUNT(*) FROM feeds WHERE url = @To")) > 0;
            if (existing)
            {
                // The stored feed stays as it is; it learns the old one's items (so none is read again) and, if it has
                // no outlet of its own, the name the operator gave the old one.
                await connection.ExecuteAsync(Sql("""
                    INSERT INTO feed_items (feed_url, item_key, fingerprint, seen_utc)
                    SELECT @To, item_key, fingerprint, seen_utc FROM feed_items WHERE feed_url = @From
                    ON CONFLICT (feed_url, item_key) DO NOTHING
                    """));
                await connection.ExecuteAsync(Sql("UPDATE feeds SET outlet = COALESCE(outlet, (SELECT outlet FROM feeds WHERE url = @From)) WHERE url = @To"));
            }
            else
            {
                // A copy under the new key, then the items follow it: the items' foreign key never points at nothing.
                await connection.ExecuteAsync(Sql("""
                    INSERT INTO feeds (url, outlet, title, paused, etag, last_modified, last_fetch_utc, last_status, items, errors_in_row, next_fetch_utc, created_utc)
                    SELECT @To, outlet, title, paused, etag, last_modified, last_fetch_utc, last_status, items, errors_in_row, next_fetch_utc, created_utc
                    FROM feeds WHERE url = @From
                    """));
                await connection.ExecuteAsync(Sql("UPDATE feed_items SET feed_url = @To WHERE feed_url = @From"));
            }
            await connection.ExecuteAsync(Sql("DELETE FROM feeds WHERE url = @From"));

            // Earlier addresses now lead here too; the new address is a live feed, no longer a moved one.
            await connection.ExecuteAsync(Sql("UPDATE feed_moves SET to_url = @To WHERE to_url = @From"));
            await connection.ExecuteAsync(Sql("""
                INSERT INTO feed_moves (from_url, to_url, moved_utc) VALUES (@From, @To, @Now)
                ON CONFLICT (from_url) DO UPDATE SET to_url = excluded.to_url, moved_utc = excluded.moved_utc
                """));
            await connection.ExecuteAsync(Sql("DELETE FROM feed_moves WHERE from_url = @To"));
            await transaction.CommitAsync(cancellationToken);
            return existing ? FeedMoveOutcome.MergedIntoExisting : FeedMoveOutcome.Moved;
        }, cancellationToken);

    public Task<IReadOnlyDictionary<string, string>> ListMovesAsync(CancellationToken cancellationToken = default) =>
        database.RunAsync<IReadOnlyDictionary<string, string>>(async connection =>
        {
            var rows = await connection.QueryAsync<(string From, string To)>(new CommandDefinition(
                "SELECT from_url, to_url FROM feed_moves", cancellationToken: cancellationToken));
            return rows.ToDictionary(r => r.From, r => r.To, StringComparer.Ordinal);
        }, cancellationToken);

    private sealed class Row
    {
        public string Url { get; init; } = "";
        public string? Outlet { get; init; }
        public string? Title { get; init; }
        public long Paused { get; init; }
        public string? ETag { get; init; }
        public string? LastModified { get; init; }
        public string? LastFetchUtc { get; init; }
        public string? LastStatus { get; init; }
        public long Items { get; init; }
        public long ErrorsInRow { get; init; }
        public string? NextFetchUtc { get; init; }
        public string CreatedUtc { get; init; } = "";

        public Feed ToFeed() => new(Url, Outlet, Title, Paused != 0, ETag, LastModified, StoredTime.ParseOrNull(LastFetchUtc), LastStatus,
            (int)Items, (int)ErrorsInRow, StoredTime.ParseOrNull(NextFetchUtc), StoredTime.Parse(CreatedUtc));
    }
}
