using Briefing.Store.Database;
using Dapper;

namespace Briefing.Store.Feeds;

/// <summary>Feeds and their seen items in the SQLite database.</summary>
public sealed class SqliteFeedRepository(SqliteDatabase database) : IFeedRepository
{
    private const string Columns = """
        url AS Url, outlet AS Outlet, title AS Title, paused AS Paused, etag AS ETag, last_modified AS LastModified,
        last_fetch_utc AS LastFetchUtc, last_status AS LastStatus, items AS Items, errors_in_row AS ErrorsInRow,
        next_fetch_utc AS NextFetchUtc, created_utc AS CreatedUtc
        """;

    public async Task<bool> AddAsync(string url, string? outlet, DateTimeOffset nowUtc, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "INSERT OR IGNORE INTO feeds (url, outlet, created_utc) VALUES (@url, @outlet, @now)",
            new { url, outlet, now = SqliteTime.Format(nowUtc) }, cancellationToken: cancellationToken)) == 1;
    }

    public async Task<bool> RemoveAsync(string url, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition("DELETE FROM feeds WHERE url = @url", new { url }, cancellationToken: cancellationToken)) == 1;
    }

    public async Task<bool> SetPausedAsync(string url, bool paused, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // A resumed feed is due at once rather than at the time set before it was paused.
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE feeds SET paused = @paused, next_fetch_utc = CASE WHEN @paused = 0 THEN NULL ELSE next_fetch_utc END WHERE url = @url",
            new { url, paused = paused ? 1 : 0 }, cancellationToken: cancellationToken)) == 1;
    }

    public async Task<IReadOnlyList<Feed>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition($"SELECT {Columns} FROM feeds ORDER BY url", cancellationToken: cancellationToken));
        return rows.Select(r => r.ToFeed()).ToList();
    }

    public async Task<Feed?> GetAsync(string url, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM feeds WHERE url = @url", new { url }, cancellationToken: cancellationToken));
        return row?.ToFeed();
    }

    public async Task RecordPullAsync(string url, FeedPull pull, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
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
                Fetched = SqliteTime.Format(pull.FetchedUtc),
                pull.Status,
                Succeeded = pull.Succeeded ? 1 : 0,
                Next = SqliteTime.Format(pull.NextFetchUtc),
                HasContent = pull.Content is null ? 0 : 1,
                pull.Content?.Title,
                Items = pull.Content?.Items ?? 0,
                pull.Content?.ETag,
                pull.Content?.LastModified,
            },
            cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyDictionary<string, string>> GetItemFingerprintsAsync(string url, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Key, string Fingerprint)>(new CommandDefinition(
            "SELECT item_key, fingerprint FROM feed_items WHERE feed_url = @url", new { url }, cancellationToken: cancellationToken));
        return rows.ToDictionary(r => r.Key, r => r.Fingerprint, StringComparer.Ordinal);
    }

    public async Task SaveItemsAsync(string url, IReadOnlyList<FeedItemSeen> items, DateTimeOffset nowUtc, CancellationToken cancellationToken = default)
    {
        if (items.Count == 0) return;
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO feed_items (feed_url, item_key, fingerprint, seen_utc) VALUES (@Url, @Key, @Fingerprint, @Now)
            ON CONFLICT (feed_url, item_key) DO UPDATE SET fingerprint = excluded.fingerprint, seen_utc = excluded.seen_utc
            """,
            items.Select(i => new { Url = url, i.Key, i.Fingerprint, Now = SqliteTime.Format(nowUtc) }),
            transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

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

        public Feed ToFeed() => new(Url, Outlet, Title, Paused != 0, ETag, LastModified, SqliteTime.ParseOrNull(LastFetchUtc), LastStatus,
            (int)Items, (int)ErrorsInRow, SqliteTime.ParseOrNull(NextFetchUtc), SqliteTime.Parse(CreatedUtc));
    }
}
