using Briefing.Store.Chats;
using Briefing.Store.Database;
using System.Text.Json;
using Dapper;

namespace Briefing.Store.Delivery;

/// <summary>The outbox table (SQLite or PostgreSQL).</summary>
public sealed class OutboxRepository(StoreDatabase database) : IOutboxRepository
{
    private const string Columns =
        "id AS Id, schedule_name AS ScheduleName, period_key AS PeriodKey, chat_id AS ChatId, thread_id AS ThreadId, watermark_scope AS WatermarkScope, " +
        "last_article_id AS LastArticleId, messages AS Messages, messages_sent AS MessagesSent, telegram_message_ids AS TelegramMessageIds, status AS Status, " +
        "attempts AS Attempts, last_error AS LastError, next_attempt_utc AS NextAttemptUtc, created_utc AS CreatedUtc, sent_utc AS SentUtc";

    public Task<IReadOnlyList<OutboxItem>> ClaimDueAsync(DateTimeOffset nowUtc, int limit, string worker, DateTimeOffset claimUntilUtc, IReadOnlyCollection<long> excludeIds, CancellationToken cancellationToken = default) =>
        database.RunAsync<IReadOnlyList<OutboxItem>>(async connection =>
        {
            var now = StoredTime.Format(nowUtc);
            var excluded = excludeIds.Count == 0 ? "" : $"AND NOT {database.AnyOf("id", "@excludeIds")}";
            var rows = await connection.QueryAsync<Row>(new CommandDefinition(
                $"""
                UPDATE outbox SET claimed_by = @worker, claimed_until = @until
                WHERE id IN (
                    SELECT id FROM outbox
                    WHERE status = 'pending' AND next_attempt_utc <= @now AND (claimed_until IS NULL OR claimed_until <= @now) {excluded}
                    ORDER BY next_attempt_utc, id LIMIT @limit {database.SkipLocked})
                RETURNING {Columns}
                """,
                new { now, limit, worker, until = StoredTime.Format(claimUntilUtc), excludeIds = excludeIds.ToArray() },
                cancellationToken: cancellationToken));
            // RETURNING keeps no order; the claim took the oldest.
            return rows.Select(r => r.ToItem()).OrderBy(i => i.NextAttemptUtc).ThenBy(i => i.Id).ToList();
        }, cancellationToken);

    public Task RenewClaimsAsync(IReadOnlyCollection<long> ids, string worker, DateTimeOffset untilUtc, CancellationToken cancellationToken = default) =>
        ids.Count == 0 ? Task.CompletedTask : database.RunAsync(async connection =>
        {
            foreach (var chunk in ids.Chunk(900))
                await connection.ExecuteAsync(new CommandDefinition(
                    $"UPDATE outbox SET claimed_until = @until WHERE claimed_by = @worker AND status = 'pending' AND {database.AnyOf("id", "@ids")}",
                    new { until = StoredTime.Format(untilUtc), worker, ids = chunk },
                    cancellationToken: cancellationToken));
        }, cancellationToken);

    public async Task RecordMessagesSentAsync(IReadOnlyList<SentMessage> sent, DateTimeOffset nowUtc, CancellationToken cancellationToken = default)
    {
        if (sent.Count == 0) return;
        await database.RunAsync(async connection =>
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var now = StoredTime.Format(nowUtc);
            foreach (var message in sent)
            {
                // Guarded by messages_sent = index, so a repeated record cannot count one message twice.
                var updated = await connection.QuerySingleOrDefaultAsync<CompletedRow>(new CommandDefinition(
                    """
                    UPDATE outbox SET
                        messages_sent = @next,
                        telegram_message_ids = CASE WHEN telegram_message_ids = '' THEN @messageId ELSE telegram_message_ids || ',' || @messageId END,
                        status = CASE WHEN @next >= message_count THEN 'sent' ELSE status END,
                        sent_utc = CASE WHEN @next >= message_count THEN @now ELSE sent_utc END
                    WHERE id = @id AND messages_sent = @index
                    RETURNING chat_id AS ChatId, thread_id AS ThreadId, last_article_id AS LastArticleId,
                              CASE WHEN status = 'sent' AND watermark_scope = '' THEN 1 ELSE 0 END AS MovesWatermark
                    """,
                    new
                    {
                        id = message.OutboxId,
                        index = message.Index,
                        next = message.Index + 1,
                        messageId = message.TelegramMessageId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        now,
                    },
                    transaction,
                    cancellationToken: cancellationToken));
                if (updated is not { MovesWatermark: 1 }) continue;
                // The digest is fully sent: the subscriber's watermark moves in the same transaction, so no crash can
                // leave a sent digest whose articles the subscriber's watermark does not cover.
                await connection.ExecuteAsync(new CommandDefinition(
                    "UPDATE subscribers SET watermark = CASE WHEN watermark > @LastArticleId THEN watermark ELSE @LastArticleId END, last_digest_at = @now WHERE chat_id = @ChatId AND thread_id = @ThreadId",
                    new { updated.LastArticleId, now, updated.ChatId, updated.ThreadId },
                    transaction,
                    cancellationToken: cancellationToken));
            }
            await transaction.CommitAsync(cancellationToken);
        }, cancellationToken);
    }

    public Task RecordFailureAsync(long id, string error, DateTimeOffset? retryAtUtc, CancellationToken cancellationToken = default) =>
        database.RunAsync(async connection =>
        {
            await connection.ExecuteAsync(new CommandDefinition(
                """
                UPDATE outbox SET attempts = attempts + 1, last_error = @error,
                    status = CASE WHEN @retryAt IS NULL THEN 'failed' ELSE status END,
                    next_attempt_utc = COALESCE(@retryAt, next_attempt_utc)
                WHERE id = @id AND status = 'pending'
                """,
                new { id, error, retryAt = retryAtUtc is { } at ? StoredTime.Format(at) : null },
                cancellationToken: cancellationToken));
        }, cancellationToken);

    public Task MarkUndeliverableAsync(long id, string error, CancellationToken cancellationToken = default) =>
        database.RunAsync(async connection =>
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE outbox SET attempts = attempts + 1, last_error = @error, status = 'undeliverable' WHERE id = @id AND status = 'pending'",
                new { id, error },
                cancellationToken: cancellationToken));
        }, cancellationToken);

    public async Task<IReadOnlyDictionary<SubscriberKey, long>> GetCoveredUpToAsync(string watermarkScope, IReadOnlyCollection<SubscriberKey> subscribers, CancellationToken cancellationToken = default)
    {
        var covered = new Dictionary<SubscriberKey, long>();
        if (subscribers.Count == 0) return covered;
        var wanted = subscribers.ToHashSet();
        return await database.RunAsync<IReadOnlyDictionary<SubscriberKey, long>>(async connection =>
        {
            foreach (var chunk in subscribers.Select(s => s.ChatId).Distinct().Chunk(900))
            {
                var rows = await connection.QueryAsync<(long ChatId, long ThreadId, long LastArticleId)>(new CommandDefinition(
                    $"""
                    SELECT chat_id, thread_id, MAX(last_article_id) FROM outbox
                    WHERE watermark_scope = @watermarkScope AND status IN ('pending', 'sent') AND {database.AnyOf("chat_id", "@chats")}
                    GROUP BY chat_id, thread_id
                    """,
                    new { watermarkScope, chats = chunk },
                    cancellationToken: cancellationToken));
                foreach (var (chatId, threadId, lastArticleId) in rows)
                {
                    var key = new SubscriberKey(chatId, threadId);
                    if (wanted.Contains(key)) covered[key] = lastArticleId;
                }
            }
            return covered;
        }, cancellationToken);
    }

    public Task<IReadOnlyList<OutboxItem>> ListAsync(bool failedOnly, int limit, CancellationToken cancellationToken = default) =>
        database.RunAsync<IReadOnlyList<OutboxItem>>(async connection =>
        {
            var where = failedOnly ? "WHERE status = 'failed'" : "";
            var rows = await connection.QueryAsync<Row>(new CommandDefinition(
                $"SELECT {Columns} FROM outbox {where} ORDER BY id DESC LIMIT @limit", new { limit }, cancellationToken: cancellationToken));
            return rows.Select(r => r.ToItem()).ToList();
        }, cancellationToken);

    public Task<OutboxCounts> CountAsync(DateTimeOffset nowUtc, CancellationToken cancellationToken = default) =>
        database.RunAsync<OutboxCounts>(async connection =>
        {
            var row = await connection.QuerySingleAsync<(long Pending, long Due, long Failed, long Undeliverable, long SentToday, string? OldestPending)>(new CommandDefinition(
                """
                SELECT
                    (SELECT COUNT(*) FROM outbox WHERE status = 'pending'),
                    (SELECT COUNT(*) FROM outbox WHERE status = 'pending' AND next_attempt_utc <= @now),
                    (SELECT COUNT(*) FROM outbox WHERE status = 'failed'),
                    (SELECT COUNT(*) FROM outbox WHERE status = 'undeliverable'),
                    (SELECT COUNT(*) FROM outbox WHERE status = 'sent' AND sent_utc >= @since),
                    (SELECT MIN(created_utc) FROM outbox WHERE status = 'pending')
                """,
                new { now = StoredTime.Format(nowUtc), since = StoredTime.Format(new DateTimeOffset(nowUtc.UtcDateTime.Date, TimeSpan.Zero)) },
                cancellationToken: cancellationToken));
            return new OutboxCounts(row.Pending, row.Due, row.Failed, row.Undeliverable, row.SentToday, StoredTime.ParseOrNull(row.OldestPending));
        }, cancellationToken);

    private sealed class CompletedRow
    {
        public long ChatId { get; init; }
        public long ThreadId { get; init; }
        public long LastArticleId { get; init; }
        public long MovesWatermark { get; init; }
    }

    private sealed class Row
    {
        public long Id { get; init; }
        public string ScheduleName { get; init; } = "";
        public string PeriodKey { get; init; } = "";
        public long ChatId { get; init; }
        public long ThreadId { get; init; }
        public string WatermarkScope { get; init; } = "";
        public long LastArticleId { get; init; }
        public string Messages { get; init; } = "[]";
        public long MessagesSent { get; init; }
        public string TelegramMessageIds { get; init; } = "";
        public string Status { get; init; } = "";
        public long Attempts { get; init; }
        public string? LastError { get; init; }
        public string NextAttemptUtc { get; init; } = "";
        public string CreatedUtc { get; init; } = "";
        public string? SentUtc { get; init; }

        public OutboxItem ToItem() => new(
            Id,
            ScheduleName,
            PeriodKey,
            new SubscriberKey(ChatId, ThreadId),
            WatermarkScope,
            LastArticleId,
            JsonSerializer.Deserialize<string[]>(Messages) ?? [],
            (int)MessagesSent,
            TelegramMessageIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(long.Parse).ToList(),
            Status,
            (int)Attempts,
            LastError,
            StoredTime.Parse(NextAttemptUtc),
            StoredTime.Parse(CreatedUtc),
            StoredTime.ParseOrNull(SentUtc));
    }
}
