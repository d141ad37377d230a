using Briefing.Store.Chats;
using Briefing.Store.Database;
using System.Text.Json;
using Dapper;

namespace Briefing.Store.Delivery;

/// <summary>Digest runs and their outbox rows (SQLite or PostgreSQL).</summary>
public sealed class DigestRunRepository(StoreDatabase database) : IDigestRunRepository
{
    private const string Columns = "id AS Id, schedule_name AS ScheduleName, period_key AS PeriodKey, reason AS Reason, started_utc AS StartedUtc, finished_utc AS FinishedUtc, cursor_chat_id AS CursorChatId, cursor_thread_id AS CursorThreadId, digests AS Digests";

    public Task<DigestRun> BeginAsync(string scheduleName, string periodKey, string reason, DateTimeOffset nowUtc, CancellationToken cancellationToken = default) =>
        database.RunAsync<DigestRun>(async connection =>
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO digest_runs (schedule_name, period_key, reason, started_utc) VALUES (@scheduleName, @periodKey, @reason, @now) ON CONFLICT DO NOTHING",
                new { scheduleName, periodKey, reason, now = StoredTime.Format(nowUtc) },
                cancellationToken: cancellationToken));
            var row = await connection.QuerySingleAsync<Row>(new CommandDefinition(
                $"SELECT {Columns} FROM digest_runs WHERE schedule_name = @scheduleName AND period_key = @periodKey",
                new { scheduleName, periodKey },
                cancellationToken: cancellationToken));
            return row.ToRun();
        }, cancellationToken);

    public Task<int> AppendAsync(long runId, IReadOnlyList<OutboxEntry> entries, SubscriberKey cursor, DateTimeOffset nowUtc, CancellationToken cancellationToken = default) =>
        database.RunAsync<int>(async connection =>
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var run = await connection.QuerySingleAsync<Row>(new CommandDefinition(
                $"SELECT {Columns} FROM digest_runs WHERE id = @runId", new { runId }, transaction, cancellationToken: cancellationToken));
            var now = StoredTime.Format(nowUtc);
            var added = 0;
            foreach (var entry in entries)
            {
                added += await connection.ExecuteAsync(new CommandDefinition(
                    """
                    INSERT INTO outbox (run_id, schedule_name, period_key, chat_id, thread_id, watermark_scope, last_article_id,
                                                  messages, message_count, next_attempt_utc, created_utc)
                    VALUES (@runId, @ScheduleName, @PeriodKey, @ChatId, @ThreadId, @WatermarkScope, @LastArticleId, @Messages, @MessageCount, @now, @now)
                    ON CONFLICT DO NOTHING
                    """,
                    new
                    {
                        runId,
                        run.ScheduleName,
                        run.PeriodKey,
                        entry.Subscriber.ChatId,
                        entry.Subscriber.ThreadId,
                        entry.WatermarkScope,
                        entry.LastArticleId,
                        Messages = JsonSerializer.Serialize(entry.Messages),
                        MessageCount = entry.Messages.Count,
                        now,
                    },
                    transaction,
                    cancellationToken: cancellationToken));
            }
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE digest_runs SET cursor_chat_id = @ChatId, cursor_thread_id = @ThreadId, digests = digests + @added WHERE id = @runId",
                new { cursor.ChatId, cursor.ThreadId, added, runId },
                transaction,
                cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
            return added;
        }, cancellationToken);

    public Task FinishAsync(long runId, DateTimeOffset nowUtc, CancellationToken cancellationToken = default) =>
        database.RunAsync(async connection =>
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE digest_runs SET finished_utc = @now WHERE id = @runId AND finished_utc IS NULL",
                new { runId, now = StoredTime.Format(nowUtc) },
                cancellationToken: cancellationToken));
        }, cancellationToken);

    public Task<IReadOnlyList<DigestRun>> ListUnfinishedAsync(CancellationToken cancellationToken = default) =>
        database.RunAsync<IReadOnlyList<DigestRun>>(async connection =>
        {
            var rows = await connection.QueryAsync<Row>(new CommandDefinition(
                $"SELECT {Columns} FROM digest_runs WHERE finished_utc IS NULL ORDER BY id", cancellationToken: cancellationToken));
            return rows.Select(r => r.ToRun()).ToList();
        }, cancellationToken);

    public Task<IReadOnlyList<DigestRun>> ListLatestPerScheduleAsync(CancellationToken cancellationToken = default) =>
        database.RunAsync<IReadOnlyList<DigestRun>>(async connection =>
        {
            var rows = await connection.QueryAsync<Row>(new CommandDefinition(
                $"SELECT {Columns} FROM digest_runs WHERE id IN (SELECT MAX(id) FROM digest_runs GROUP BY schedule_name) ORDER BY schedule_name",
                cancellationToken: cancellationToken));
            return rows.Select(r => r.ToRun()).ToList();
        }, cancellationToken);

    private sealed class Row
    {
        public long Id { get; init; }
        public string ScheduleName { get; init; } = "";
        public string PeriodKey { get; init; } = "";
        public string Reason { get; init; } = "";
        public string StartedUtc { get; init; } = "";
        public string? FinishedUtc { get; init; }
        public long? CursorChatId { get; init; }
        public long? CursorThreadId { get; init; }
        public long Digests { get; init; }

        public DigestRun ToRun() => new(
            Id,
            ScheduleName,
            PeriodKey,
            Reason,
            StoredTime.Parse(StartedUtc),
            StoredTime.ParseOrNull(FinishedUtc),
            CursorChatId is { } chat ? new SubscriberKey(chat, CursorThreadId ?? 0) : null,
            (int)Digests);
    }
}
