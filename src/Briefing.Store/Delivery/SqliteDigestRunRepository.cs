using Briefing.Store.Chats;
using Briefing.Store.Database;
using System.Text.Json;
using Dapper;

namespace Briefing.Store.Delivery;

/// <summary>Digest runs and their outbox rows in the SQLite database.</summary>
public sealed class SqliteDigestRunRepository(SqliteDatabase database) : IDigestRunRepository
{
    private const string Columns = "id AS Id, schedule_name AS ScheduleName, period_key AS PeriodKey, reason AS Reason, started_utc AS StartedUtc, finished_utc AS FinishedUtc, cursor_chat_id AS CursorChatId, cursor_thread_id AS CursorThreadId, digests AS Digests";

    public async Task<DigestRun> BeginAsync(string scheduleName, string periodKey, string reason, DateTimeOffset nowUtc, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT OR IGNORE INTO digest_runs (schedule_name, period_key, reason, started_utc) VALUES (@scheduleName, @periodKey, @reason, @now)",
            new { scheduleName, periodKey, reason, now = SqliteTime.Format(nowUtc) },
            cancellationToken: cancellationToken));
        var row = await connection.QuerySingleAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM digest_runs WHERE schedule_name = @scheduleName AND period_key = @periodKey",
            new { scheduleName, periodKey },
            cancellationToken: cancellationToken));
        return row.ToRun();
    }

    public async Task<int> AppendAsync(long runId, IReadOnlyList<OutboxEntry> entries, SubscriberKey cursor, DateTimeOffset nowUtc, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var run = await connection.QuerySingleAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM digest_runs WHERE id = @runId", new { runId }, transaction, cancellationToken: cancellationToken));
        var now = SqliteTime.Format(nowUtc);
        var added = 0;
        foreach (var entry in entries)
        {
            added += await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT OR IGNORE INTO outbox (run_id, schedule_name, period_key, chat_id, thread_id, watermark_scope, last_article_id,
                                              messages, message_count, next_attempt_utc, created_utc)
                VALUES (@runId, @ScheduleName, @PeriodKey, @ChatId, @ThreadId, @WatermarkScope, @LastArticleId, @Messages, @MessageCount, @now, @now)
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
    }

    public async Task FinishAsync(long runId, DateTimeOffset nowUtc, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE digest_runs SET finished_utc = @now WHERE id = @runId AND finished_utc IS NULL",
            new { runId, now = SqliteTime.Format(nowUtc) },
            cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<DigestRun>> ListUnfinishedAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM digest_runs WHERE finished_utc IS NULL ORDER BY id", cancellationToken: cancellationToken));
        return rows.Select(r => r.ToRun()).ToList();
    }

    public async Task<IReadOnlyList<DigestRun>> ListLatestPerScheduleAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM digest_runs WHERE id IN (SELECT MAX(id) FROM digest_runs GROUP BY schedule_name) ORDER BY schedule_name",
            cancellationToken: cancellationToken));
        return rows.Select(r => r.ToRun()).ToList();
    }

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
            SqliteTime.Parse(StartedUtc),
            SqliteTime.ParseOrNull(FinishedUtc),
            CursorChatId is { } chat ? new SubscriberKey(chat, CursorThreadId ?? 0) : null,
            (int)Digests);
    }
}
