using System.Globalization;
using Briefing.News.Digests;
using Briefing.Store.Database;
using Dapper;
using System.Data.Common;

namespace Briefing.Store.Chats;

/// <summary><see cref="ISubscriberRepository"/> over the tables of migration 002 (SQLite or PostgreSQL).</summary>
public sealed class SubscriberRepository(StoreDatabase database, TimeProvider time) : ISubscriberRepository
{
    private const string SubscriberColumns = """
        chat_id AS ChatId, thread_id AS ThreadId, chat_type AS ChatType, title AS Title,
        is_active AS IsActive, inactive_reason AS InactiveReason, is_paused AS IsPaused,
        delivery_time AS DeliveryTime, time_zone AS TimeZone, next_due_utc AS NextDueUtc,
        watermark AS Watermark, last_digest_at AS LastDigestAt, created_at AS CreatedAt
        """;

    private const string KeyIs = "chat_id = @ChatId AND thread_id = @ThreadId";

    // Keyset paging: rows after the last key of the previous page.
    private const string AfterKey = "(@AfterChat IS NULL OR chat_id > @AfterChat OR (chat_id = @AfterChat AND thread_id > @AfterThread))";

    private const string HasTopics = "EXISTS (SELECT 1 FROM subscriptions t WHERE t.chat_id = subscribers.chat_id AND t.thread_id = subscribers.thread_id)";

    public Task<Subscriber> EnsureAsync(NewSubscriber subscriber, CancellationToken cancellationToken = default) =>
        database.RunAsync<Subscriber>(async connection =>
        {
            await connection.ExecuteAsync(new CommandDefinition("""
                INSERT INTO subscribers (chat_id, thread_id, chat_type, title, created_at)
                VALUES (@ChatId, @ThreadId, @ChatType, @Title, @Now)
                ON CONFLICT (chat_id, thread_id) DO UPDATE SET
                    chat_type = excluded.chat_type,
                    title = COALESCE(excluded.title, subscribers.title),
                    is_active = 1,
                    inactive_reason = NULL
                """,
                new { subscriber.Key.ChatId, subscriber.Key.ThreadId, subscriber.ChatType, subscriber.Title, Now = StoredTime.Format(time.GetUtcNow()) },
                cancellationToken: cancellationToken));
            return (await LoadAsync(connection, $"SELECT {SubscriberColumns} FROM subscribers WHERE {KeyIs}", KeyArgs(subscriber.Key), cancellationToken)).Single();
        }, cancellationToken);

    public Task<Subscriber?> GetAsync(SubscriberKey key, CancellationToken cancellationToken = default) =>
        database.RunAsync<Subscriber?>(async connection =>
        {
            return (await LoadAsync(connection, $"SELECT {SubscriberColumns} FROM subscribers WHERE {KeyIs}", KeyArgs(key), cancellationToken)).SingleOrDefault();
        }, cancellationToken);

    public Task<bool> SubscribeAsync(SubscriberKey key, string topicSlug, CancellationToken cancellationToken = default) =>
        database.RunAsync<bool>(async connection =>
        {
            var added = await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO subscriptions (chat_id, thread_id, topic_slug, created_at) VALUES (@ChatId, @ThreadId, @Slug, @Now) ON CONFLICT DO NOTHING",
                new { key.ChatId, key.ThreadId, Slug = topicSlug, Now = StoredTime.Format(time.GetUtcNow()) }, cancellationToken: cancellationToken));
            return added == 1;
        }, cancellationToken);

    public Task<bool> UnsubscribeAsync(SubscriberKey key, string topicSlug, CancellationToken cancellationToken = default) =>
        database.RunAsync<bool>(async connection =>
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var args = new { key.ChatId, key.ThreadId, Slug = topicSlug };
            await connection.ExecuteAsync(new CommandDefinition($"DELETE FROM subscription_filters WHERE {KeyIs} AND topic_slug = @Slug", args, transaction, cancellationToken: cancellationToken));
            var removed = await connection.ExecuteAsync(new CommandDefinition($"DELETE FROM subscriptions WHERE {KeyIs} AND topic_slug = @Slug", args, transaction, cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
            return removed == 1;
        }, cancellationToken);

    public Task<int> UnsubscribeAllAsync(SubscriberKey key, CancellationToken cancellationToken = default) =>
        database.RunAsync<int>(async connection =>
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition($"DELETE FROM subscription_filters WHERE {KeyIs}", KeyArgs(key), transaction, cancellationToken: cancellationToken));
            var removed = await connection.ExecuteAsync(new CommandDefinition($"DELETE FROM subscriptions WHERE {KeyIs}", KeyArgs(key), transaction, cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
            return removed;
        }, cancellationToken);

    public Task<bool> SetFilterAsync(SubscriberKey key, string topicSlug, TopicFilter filter, CancellationToken cancellationToken = default) =>
        database.RunAsync<bool>(async connection =>
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var args = new { key.ChatId, key.ThreadId, Slug = topicSlug };
            var subscribed = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                $"SELECT COUNT(*) FROM subscriptions WHERE {KeyIs} AND topic_slug = @Slug", args, transaction, cancellationToken: cancellationToken));
            if (subscribed == 0) return false;
            await connection.ExecuteAsync(new CommandDefinition($"DELETE FROM subscription_filters WHERE {KeyIs} AND topic_slug = @Slug", args, transaction, cancellationToken: cancellationToken));
            var rows = filter.Keep.Select(w => (Word: w, Keep: 1)).Concat(filter.Drop.Select(w => (Word: w, Keep: 0)))
                .Select(r => new { key.ChatId, key.ThreadId, Slug = topicSlug, Word = r.Word.ToLowerInvariant(), r.Keep });
            await connection.ExecuteAsync(new CommandDefinition("""
                INSERT INTO subscription_filters (chat_id, thread_id, topic_slug, word, keep)
                VALUES (@ChatId, @ThreadId, @Slug, @Word, @Keep)
                ON CONFLICT (chat_id, thread_id, topic_slug, word) DO UPDATE SET keep = excluded.keep
                """, rows, transaction, cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
            return true;
        }, cancellationToken);

    public Task SetPausedAsync(SubscriberKey key, bool paused, CancellationToken cancellationToken = default) =>
        ExecuteAsync($"UPDATE subscribers SET is_paused = @Paused WHERE {KeyIs}", new { key.ChatId, key.ThreadId, Paused = paused ? 1 : 0 }, cancellationToken);

    public Task SetDeliveryTimeAsync(SubscriberKey key, TimeOnly? deliveryTime, string timeZone, DateTimeOffset? nextDueUtc, CancellationToken cancellationToken = default) =>
        ExecuteAsync($"UPDATE subscribers SET delivery_time = @Time, time_zone = @Zone, next_due_utc = @Due WHERE {KeyIs}",
            new { key.ChatId, key.ThreadId, Time = deliveryTime?.ToString("HH:mm", CultureInfo.InvariantCulture), Zone = timeZone, Due = StoredTime.Format(nextDueUtc) },
            cancellationToken);

    public Task SetNextDueAsync(SubscriberKey key, DateTimeOffset? nextDueUtc, CancellationToken cancellationToken = default) =>
        ExecuteAsync($"UPDATE subscribers SET next_due_utc = @Due WHERE {KeyIs}", new { key.ChatId, key.ThreadId, Due = StoredTime.Format(nextDueUtc) }, cancellationToken);

    public Task AdvanceWatermarkAsync(SubscriberKey key, long lastArticleId, DateTimeOffset deliveredAt, CancellationToken cancellationToken = default) =>
        ExecuteAsync($"UPDATE subscribers SET watermark = CASE WHEN watermark > @Id THEN watermark ELSE @Id END, last_digest_at = @At WHERE {KeyIs}",
            new { key.ChatId, key.ThreadId, Id = lastArticleId, At = StoredTime.Format(deliveredAt) }, cancellationToken);

    public Task<IReadOnlyList<Subscriber>> ListDueAsync(DateTimeOffset nowUtc, SubscriberKey? after, int limit, CancellationToken cancellationToken = default) =>
        database.RunAsync<IReadOnlyList<Subscriber>>(async connection =>
        {
            return await LoadAsync(connection, $"""
                SELECT {SubscriberColumns} FROM subscribers
                WHERE next_due_utc IS NOT NULL AND next_due_utc <= @Now AND is_active = 1 AND is_paused = 0 AND {HasTopics} AND {AfterKey}
                ORDER BY chat_id, thread_id LIMIT @Limit
                """, new { Now = StoredTime.Format(nowUtc), AfterChat = after?.ChatId, AfterThread = after?.ThreadId, Limit = limit }, cancellationToken);
        }, cancellationToken);

    public Task<IReadOnlyList<Subscriber>> ListActiveAsync(SubscriberKey? after, int limit, CancellationToken cancellationToken = default) =>
        database.RunAsync<IReadOnlyList<Subscriber>>(async connection =>
        {
            return await LoadAsync(connection, $"""
                SELECT {SubscriberColumns} FROM subscribers
                WHERE is_active = 1 AND {HasTopics} AND {AfterKey}
                ORDER BY chat_id, thread_id LIMIT @Limit
                """, new { AfterChat = after?.ChatId, AfterThread = after?.ThreadId, Limit = limit }, cancellationToken);
        }, cancellationToken);

    public Task<bool> ForgetAsync(SubscriberKey key, CancellationToken cancellationToken = default) =>
        database.RunAsync<bool>(async connection =>
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            foreach (var table in new[] { "subscription_filters", "subscriptions" })
                await connection.ExecuteAsync(new CommandDefinition($"DELETE FROM {table} WHERE {KeyIs}", KeyArgs(key), transaction, cancellationToken: cancellationToken));
            var removed = await connection.ExecuteAsync(new CommandDefinition($"DELETE FROM subscribers WHERE {KeyIs}", KeyArgs(key), transaction, cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
            return removed == 1;
        }, cancellationToken);

    public Task<int> MarkUnavailableAsync(long chatId, string reason, CancellationToken cancellationToken = default) =>
        database.RunAsync<int>(async connection =>
        {
            return await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE subscribers SET is_active = 0, inactive_reason = @Reason WHERE chat_id = @ChatId",
                new { ChatId = chatId, Reason = reason }, cancellationToken: cancellationToken));
        }, cancellationToken);

    public Task<int> MigrateChatAsync(long oldChatId, long newChatId, CancellationToken cancellationToken = default) =>
        database.RunAsync<int>(async connection =>
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var args = new { Old = oldChatId, New = newChatId };
            // Copy then delete, rather than update in place, so that a supergroup the bot already knew keeps
            // its own rows and gains the old group's: works whether or not foreign keys are enforced.
            string[] statements =
            [
                """
                INSERT INTO subscribers (chat_id, thread_id, chat_type, title, is_active, inactive_reason, is_paused,
                    delivery_time, time_zone, next_due_utc, watermark, last_digest_at, created_at)
                SELECT @New, thread_id, 'supergroup', title, 1, NULL, is_paused,
                    delivery_time, time_zone, next_due_utc, watermark, last_digest_at, created_at
                FROM subscribers WHERE chat_id = @Old
                ON CONFLICT DO NOTHING
                """,
                "INSERT INTO subscriptions (chat_id, thread_id, topic_slug, created_at) SELECT @New, thread_id, topic_slug, created_at FROM subscriptions WHERE chat_id = @Old ON CONFLICT DO NOTHING",
                "INSERT INTO subscription_filters (chat_id, thread_id, topic_slug, word, keep) SELECT @New, thread_id, topic_slug, word, keep FROM subscription_filters WHERE chat_id = @Old ON CONFLICT DO NOTHING",
                "DELETE FROM subscription_filters WHERE chat_id = @Old",
                "DELETE FROM subscriptions WHERE chat_id = @Old",
            ];
            foreach (var sql in statements)
                await connection.ExecuteAsync(new CommandDefinition(sql, args, transaction, cancellationToken: cancellationToken));
            var moved = await connection.ExecuteAsync(new CommandDefinition("DELETE FROM subscribers WHERE chat_id = @Old", args, transaction, cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
            return moved;
        }, cancellationToken);

    public Task<SubscriberStats> GetStatsAsync(CancellationToken cancellationToken = default) =>
        database.RunAsync<SubscriberStats>(async connection =>
        {
            var row = await connection.QuerySingleAsync<StatsRow>(new CommandDefinition("""
                SELECT COUNT(*) AS Subscribers,
                       COALESCE(SUM(CASE WHEN is_active = 1 AND is_paused = 0 THEN 1 ELSE 0 END), 0) AS Active,
                       COALESCE(SUM(CASE WHEN is_active = 1 AND is_paused = 1 THEN 1 ELSE 0 END), 0) AS Paused,
                       COALESCE(SUM(CASE WHEN is_active = 0 THEN 1 ELSE 0 END), 0) AS Inactive
                FROM subscribers
                """, cancellationToken: cancellationToken));
            return new SubscriberStats((int)row.Subscribers, (int)row.Active, (int)row.Paused, (int)row.Inactive);
        }, cancellationToken);

    private Task ExecuteAsync(string sql, object args, CancellationToken cancellationToken) =>
        database.RunAsync(connection => connection.ExecuteAsync(new CommandDefinition(sql, args, cancellationToken: cancellationToken)), cancellationToken);

    private static object KeyArgs(SubscriberKey key) => new { key.ChatId, key.ThreadId };

    // Reads subscribers, then their topics and filters in one query each for the whole page.
    private async Task<IReadOnlyList<Subscriber>> LoadAsync(DbConnection connection, string sql, object args, CancellationToken cancellationToken)
    {
        var rows = (await connection.QueryAsync<SubscriberRow>(new CommandDefinition(sql, args, cancellationToken: cancellationToken))).ToList();
        if (rows.Count == 0) return [];
        var chatIds = rows.Select(r => r.ChatId).Distinct().ToList();
        var topics = (await connection.QueryAsync<TopicRow>(new CommandDefinition(
            $"SELECT chat_id AS ChatId, thread_id AS ThreadId, topic_slug AS Slug FROM subscriptions WHERE {database.AnyOf("chat_id", "@ChatIds")} ORDER BY topic_slug",
            new { ChatIds = chatIds }, cancellationToken: cancellationToken))).ToList();
        var filters = (await connection.QueryAsync<FilterRow>(new CommandDefinition(
            $"SELECT chat_id AS ChatId, thread_id AS ThreadId, topic_slug AS Slug, word AS Word, keep AS Keep FROM subscription_filters WHERE {database.AnyOf("chat_id", "@ChatIds")} ORDER BY word",
            new { ChatIds = chatIds }, cancellationToken: cancellationToken))).ToLookup(f => (f.ChatId, f.ThreadId, f.Slug));
        var topicsByKey = topics.ToLookup(t => (t.ChatId, t.ThreadId), t =>
        {
            var words = filters[(t.ChatId, t.ThreadId, t.Slug)].ToList();
            return new TopicSubscription(t.Slug, new TopicFilter(words.Where(w => w.Keep == 1).Select(w => w.Word).ToList(), words.Where(w => w.Keep == 0).Select(w => w.Word).ToList()));
        });
        return rows.Select(r => new Subscriber(
            new SubscriberKey(r.ChatId, r.ThreadId), r.ChatType, r.Title, r.IsActive == 1, r.InactiveReason, r.IsPaused == 1,
            r.DeliveryTime is null ? null : TimeOnly.ParseExact(r.DeliveryTime, "HH:mm", CultureInfo.InvariantCulture),
            r.TimeZone, StoredTime.ParseOrNull(r.NextDueUtc), r.Watermark, StoredTime.ParseOrNull(r.LastDigestAt), StoredTime.Parse(r.CreatedAt),
            topicsByKey[(r.ChatId, r.ThreadId)].ToList())).ToList();
    }

    private sealed class SubscriberRow
    {
        public long ChatId { get; init; }
        public long ThreadId { get; init; }
        public string ChatType { get; init; } = "";
        public string? Title { get; init; }
        public long IsActive { get; init; }
        public string? InactiveReason { get; init; }
        public long IsPaused { get; init; }
        public string? DeliveryTime { get; init; }
        public string TimeZone { get; init; } = "";
        public string? NextDueUtc { get; init; }
        public long Watermark { get; init; }
        public string? LastDigestAt { get; init; }
        public string CreatedAt { get; init; } = "";
    }

    private sealed record TopicRow(long ChatId, long ThreadId, string Slug);

    private sealed record FilterRow(long ChatId, long ThreadId, string Slug, string Word, long Keep);

    private sealed record StatsRow(long Subscribers, long Active, long Paused, long Inactive);
}
