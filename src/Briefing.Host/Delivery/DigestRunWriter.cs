using Briefing.News.Digests;
using Briefing.Store.Chats;
using Briefing.Store.Database;
using Briefing.Store.Delivery;
using Briefing.Store.Schedules;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Host.Delivery;

/// <summary>
/// Turns a schedule's run into outbox rows: renders each subscriber's digest (only what is newer than what they were
/// sent or have queued) and writes a page of digests per transaction together with the run's cursor, so a crashed
/// run resumes after the last page and a retried one adds nothing twice.
/// </summary>
public sealed class DigestRunWriter(
    StoreDatabase database,
    ISubscriberDirectory subscribers,
    IDigestSource digests,
    IDigestRunRepository runs,
    IOutboxRepository outbox,
    OutboxSignal signal,
    IOptions<DeliveryOptions> options,
    TimeProvider time,
    ILogger<DigestRunWriter> logger)
{
    /// <summary>The schedule name under which per-subscriber delivery times queue their digests.</summary>
    public const string PersonalSchedule = "personal";

    // One run at a time across every worker on the database: each run reads what the one before queued, so two at once
    // could both queue the same articles for a subscriber (scheduled, manual and per-subscriber runs all go through here).
    private const string OneRunAtATime = "digest-runs";

    public async Task<DigestRunResult> RunScheduleAsync(Schedule schedule, string periodKey, string reason, CancellationToken cancellationToken = default)
    {
        await using var exclusive = await database.LockAsync(OneRunAtATime, cancellationToken);
        return await RunScheduleExclusiveAsync(schedule, periodKey, reason, cancellationToken);
    }

    private async Task<DigestRunResult> RunScheduleExclusiveAsync(Schedule schedule, string periodKey, string reason, CancellationToken cancellationToken)
    {
        var run = await runs.BeginAsync(schedule.Name, periodKey, reason, time.GetUtcNow(), cancellationToken);
        if (run.IsFinished) return new DigestRunResult(schedule.Name, periodKey, 0, 0, AlreadyFinished: true);

        var cache = new Dictionary<string, AssembledDigest>();
        var queued = 0;
        var seen = 0;
        if (schedule.TargetChatId is { } chatId)
        {
            var target = new SubscriberKey(chatId, 0);
            var covered = await outbox.GetCoveredUpToAsync(schedule.Name, [target], cancellationToken);
            var digest = await RenderAsync(cache, schedule.Topics ?? [], covered.GetValueOrDefault(target), schedule.Preset, null, cancellationToken);
            List<OutboxEntry> entries = !digest.HasMessages ? [] : [Entry(target, schedule.Name, digest)];
            queued += await runs.AppendAsync(run.Id, entries, target, time.GetUtcNow(), cancellationToken);
            seen = 1;
        }
        else
        {
            var scope = schedule.UsesSubscriberTopics ? "" : schedule.Name;
            var cursor = run.Cursor;
            while (true)
            {
                var page = await subscribers.ListActiveAsync(cursor, options.Value.PageSize, cancellationToken);
                if (page.Count == 0) break;
                seen += page.Count;
                var entries = await RenderPageAsync(page, schedule, scope, cache, cancellationToken);
                cursor = page[^1].Key;
                queued += await runs.AppendAsync(run.Id, entries, cursor.Value, time.GetUtcNow(), cancellationToken);
                if (entries.Count > 0) signal.Notify();
                if (page.Count < options.Value.PageSize) break;
            }
        }

        await runs.FinishAsync(run.Id, time.GetUtcNow(), cancellationToken);
        if (queued > 0) signal.Notify();
        logger.LogInformation("Run {Schedule} {Period} ({Reason}) queued {Queued} digests for {Subscribers} subscribers", schedule.Name, periodKey, reason, queued, seen);
        return new DigestRunResult(schedule.Name, periodKey, queued, seen, AlreadyFinished: false);
    }

    /// <summary>
    /// Queues the digests of subscribers whose own delivery time has come, then sets their next due time.
    /// A crash between the two repeats the queueing next minute, which the outbox's unique key turns into nothing.
    /// </summary>
    public async Task<int> RunDueAsync(Func<DeliverySubscriber, DateTimeOffset> nextDue, CancellationToken cancellationToken = default)
    {
        await using var exclusive = await database.LockAsync(OneRunAtATime, cancellationToken);
        return await RunDueExclusiveAsync(nextDue, cancellationToken);
    }

    private async Task<int> RunDueExclusiveAsync(Func<DeliverySubscriber, DateTimeOffset> nextDue, CancellationToken cancellationToken)
    {
        var queued = 0;
        var cache = new Dictionary<string, AssembledDigest>();
        while (true)
        {
            var now = time.GetUtcNow();
            var page = await subscribers.ListDueAsync(now, options.Value.PageSize, cancellationToken);
            if (page.Count == 0) break;
            foreach (var group in page.GroupBy(s => s.NextDueUtc ?? now))
            {
                var periodKey = DigestRun.PeriodKeyOf(group.Key);
                var run = await runs.BeginAsync(PersonalSchedule, periodKey, "due", now, cancellationToken);
                var members = group.ToList();
                var entries = await RenderPageAsync(members, schedule: null, "", cache, cancellationToken);
                queued += await runs.AppendAsync(run.Id, entries, members[^1].Key, now, cancellationToken);
                await runs.FinishAsync(run.Id, now, cancellationToken);
            }
            foreach (var subscriber in page) await subscribers.SetNextDueAsync(subscriber.Key, nextDue(subscriber), cancellationToken);
            if (queued > 0) signal.Notify();
        }
        return queued;
    }

    private async Task<List<OutboxEntry>> RenderPageAsync(
        IReadOnlyList<DeliverySubscriber> page, Schedule? schedule, string scope, Dictionary<string, AssembledDigest> cache, CancellationToken cancellationToken)
    {
        var covered = await outbox.GetCoveredUpToAsync(scope, page.Select(s => s.Key).ToList(), cancellationToken);
        var entries = new List<OutboxEntry>();
        foreach (var subscriber in page)
        {
            IReadOnlyList<string> topics;
            if (schedule is null) topics = subscriber.Topics;
            else if (schedule.UsesSubscriberTopics)
            {
                // A subscriber with their own delivery time gets digests then, not at the schedule's time.
                if (subscriber.HasOwnDeliveryTime) continue;
                topics = subscriber.Topics;
            }
            else topics = schedule.Topics!.Where(t => subscriber.Topics.Contains(t, StringComparer.OrdinalIgnoreCase)).ToList();
            if (topics.Count == 0 || subscriber.IsPaused) continue;

            var after = Math.Max(subscriber.WatermarkArticleId, covered.GetValueOrDefault(subscriber.Key));
            var digest = await RenderAsync(cache, topics, after, schedule?.Preset ?? DigestPreset.Standard.Name, subscriber.Filters, cancellationToken);
            if (digest.HasMessages) entries.Add(Entry(subscriber.Key, scope, digest));
        }
        return entries;
    }

    // Subscribers with the same topics, filters and watermark get the same digest: render it once per run.
    private async Task<AssembledDigest> RenderAsync(
        Dictionary<string, AssembledDigest> cache, IReadOnlyList<string> topics, long after, string preset,
        IReadOnlyDictionary<string, TopicFilter>? filters, CancellationToken cancellationToken)
    {
        var sorted = topics.Order(StringComparer.Ordinal).ToList();
        var relevant = filters is null
            ? new Dictionary<string, TopicFilter>()
            : filters.Where(f => sorted.Contains(f.Key) && !f.Value.IsEmpty).ToDictionary();
        var filterKey = string.Join(';', relevant.OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => $"{f.Key}{f.Value.Typed}"));
        var key = $"{string.Join(',', sorted)}|{after}|{preset}|{filterKey}";
        if (!cache.TryGetValue(key, out var digest))
        {
            digest = await digests.AssembleAsync(new DigestRequest(sorted, after, null, preset, relevant), cancellationToken);
            if (cache.Count > 10_000) cache.Clear();
            cache[key] = digest;
        }
        return digest;
    }

    // The console reads plain text; every stored subscriber is a Telegram chat, whichever process queues its digest.
    private static OutboxEntry Entry(SubscriberKey to, string scope, AssembledDigest digest) =>
        new(to, scope, digest.LastArticleId, to == ConsoleSubscriberDirectory.Console ? [digest.Text] : digest.HtmlMessages);
}
