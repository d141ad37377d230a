using Briefing.Store.Database;
using Dapper;

namespace Briefing.Store.Schedules;

/// <summary>Schedules in the schedules table (SQLite or PostgreSQL).</summary>
public sealed class ScheduleRepository(StoreDatabase database) : IScheduleRepository
{
    private const string Columns = "name AS Name, cron AS Cron, time_zone AS TimeZone, topics AS Topics, preset AS Preset, target_chat_id AS TargetChatId, paused AS Paused, created_utc AS CreatedUtc, updated_utc AS UpdatedUtc";

    public Task<IReadOnlyList<Schedule>> ListAsync(CancellationToken cancellationToken = default) =>
        database.RunAsync<IReadOnlyList<Schedule>>(async connection =>
        {
            var rows = await connection.QueryAsync<Row>(new CommandDefinition($"SELECT {Columns} FROM schedules ORDER BY name", cancellationToken: cancellationToken));
            return rows.Select(r => r.ToSchedule()).ToList();
        }, cancellationToken);

    public Task<Schedule?> GetAsync(string name, CancellationToken cancellationToken = default) =>
        database.RunAsync<Schedule?>(async connection =>
        {
            var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition($"SELECT {Columns} FROM schedules WHERE name = @name", new { name }, cancellationToken: cancellationToken));
            return row?.ToSchedule();
        }, cancellationToken);

    public Task<bool> AddAsync(Schedule schedule, CancellationToken cancellationToken = default) =>
        database.RunAsync<bool>(async connection =>
        {
            var added = await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO schedules (name, cron, time_zone, topics, preset, target_chat_id, paused, created_utc, updated_utc)
                VALUES (@Name, @Cron, @TimeZone, @Topics, @Preset, @TargetChatId, @Paused, @CreatedUtc, @UpdatedUtc)
                ON CONFLICT (name) DO NOTHING
                """,
                new
                {
                    schedule.Name,
                    schedule.Cron,
                    schedule.TimeZone,
                    Topics = JoinTopics(schedule.Topics),
                    schedule.Preset,
                    schedule.TargetChatId,
                    Paused = schedule.Paused ? 1 : 0,
                    CreatedUtc = StoredTime.Format(schedule.CreatedUtc),
                    UpdatedUtc = StoredTime.Format(schedule.UpdatedUtc),
                },
                cancellationToken: cancellationToken));
            return added == 1;
        }, cancellationToken);

    public Task<bool> UpdateAsync(string name, ScheduleChange change, DateTimeOffset nowUtc, CancellationToken cancellationToken = default) =>
        database.RunAsync<bool>(async connection =>
        {
            var updated = await connection.ExecuteAsync(new CommandDefinition(
                """
                UPDATE schedules SET
                    cron = COALESCE(@Cron, cron),
                    time_zone = COALESCE(@TimeZone, time_zone),
                    topics = CASE WHEN @ClearTopics = 1 THEN NULL ELSE COALESCE(@Topics, topics) END,
                    preset = COALESCE(@Preset, preset),
                    target_chat_id = CASE WHEN @ClearTargetChat = 1 THEN NULL ELSE COALESCE(@TargetChatId, target_chat_id) END,
                    updated_utc = @Now
                WHERE name = @Name
                """,
                new
                {
                    Name = name,
                    change.Cron,
                    change.TimeZone,
                    Topics = JoinTopics(change.Topics),
                    ClearTopics = change.ClearTopics ? 1 : 0,
                    change.Preset,
                    change.TargetChatId,
                    ClearTargetChat = change.ClearTargetChat ? 1 : 0,
                    Now = StoredTime.Format(nowUtc),
                },
                cancellationToken: cancellationToken));
            return updated == 1;
        }, cancellationToken);

    public Task<bool> SetPausedAsync(string name, bool paused, DateTimeOffset nowUtc, CancellationToken cancellationToken = default) =>
        database.RunAsync<bool>(async connection =>
        {
            var updated = await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE schedules SET paused = @paused, updated_utc = @now WHERE name = @name",
                new { name, paused = paused ? 1 : 0, now = StoredTime.Format(nowUtc) },
                cancellationToken: cancellationToken));
            return updated == 1;
        }, cancellationToken);

    public Task<bool> RemoveAsync(string name, CancellationToken cancellationToken = default) =>
        database.RunAsync<bool>(async connection =>
        {
            return await connection.ExecuteAsync(new CommandDefinition("DELETE FROM schedules WHERE name = @name", new { name }, cancellationToken: cancellationToken)) == 1;
        }, cancellationToken);

    public Task<long> GetVersionAsync(CancellationToken cancellationToken = default) =>
        database.RunAsync<long>(async connection =>
        {
            return await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT version FROM schedule_changes WHERE id = 1", cancellationToken: cancellationToken));
        }, cancellationToken);

    private static string? JoinTopics(IReadOnlyList<string>? topics) => topics is null ? null : string.Join(',', topics);

    private sealed class Row
    {
        public string Name { get; init; } = "";
        public string Cron { get; init; } = "";
        public string TimeZone { get; init; } = "";
        public string? Topics { get; init; }
        public string Preset { get; init; } = "";
        public long? TargetChatId { get; init; }
        public long Paused { get; init; }
        public string CreatedUtc { get; init; } = "";
        public string UpdatedUtc { get; init; } = "";

        public Schedule ToSchedule() => new(
            Name,
            Cron,
            TimeZone,
            Topics?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Preset,
            TargetChatId,
            Paused != 0,
            StoredTime.Parse(CreatedUtc),
            StoredTime.Parse(UpdatedUtc));
    }
}
