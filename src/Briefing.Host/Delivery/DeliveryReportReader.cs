using Briefing.Host.Feeds;
using Briefing.Host.Scheduling;
using Briefing.Store.Chats;
using Briefing.Store.Delivery;
using Briefing.Store.Feeds;
using Briefing.Store.Schedules;

namespace Briefing.Host.Delivery;

/// <summary>Reads the delivery report from the database alone, so the CLI sees the same as the worker's /healthz.</summary>
public sealed class DeliveryReportReader(
    IScheduleRepository schedules,
    IDigestRunRepository runs,
    IOutboxRepository outbox,
    IWorkerStatusRepository status,
    ISubscriberRepository subscribers,
    IFeedRepository feeds,
    TimeProvider time)
{
    public async Task<DeliveryReport> ReadAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var lastRuns = (await runs.ListLatestPerScheduleAsync(cancellationToken)).ToDictionary(r => r.ScheduleName);
        var scheduleList = (await schedules.ListAsync(cancellationToken)).Select(s => new ScheduleStatus(
            s.Name, s.Cron, s.TimeZone, s.Topics, s.Preset, s.TargetChatId, s.Paused,
            s.Paused ? null : NextRun(s, now),
            lastRuns.TryGetValue(s.Name, out var run) ? new RunStatus(run.PeriodKey, run.Reason, run.StartedUtc, run.FinishedUtc, run.Digests) : null)).ToList();
        var statuses = await status.ListAsync(cancellationToken);
        var ingestion = statuses.FirstOrDefault(s => s.Name == IngestionJob.StatusName);
        var feedPull = statuses.FirstOrDefault(s => s.Name == FeedIngester.StatusName);
        var feedList = await feeds.ListAsync(cancellationToken);
        return new DeliveryReport(
            now,
            ingestion is null ? null : new IngestionStatus(ingestion.UpdatedUtc, ingestion.Value),
            scheduleList,
            await outbox.CountAsync(now, cancellationToken),
            await subscribers.GetStatsAsync(cancellationToken),
            new FeedsStatus(
                feedList.Count,
                feedList.Count(f => !f.Paused),
                feedList.Count(f => f.Paused),
                feedList.Count(f => !f.Paused && f.ErrorsInRow > 0),
                feedPull is null ? null : new IngestionStatus(feedPull.UpdatedUtc, feedPull.Value)));
    }

    private static DateTimeOffset? NextRun(Schedule schedule, DateTimeOffset now) =>
        ScheduleRules.Check(schedule) is null
            ? ScheduleRules.Cron(schedule.Cron, schedule.TimeZone).GetNextValidTimeAfter(now)
            : null;
}
