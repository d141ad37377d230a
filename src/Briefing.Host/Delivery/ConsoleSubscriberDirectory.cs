using Briefing.Store.Chats;
using System.Globalization;
using Briefing.News.Topics;
using Briefing.Store.Delivery;

namespace Briefing.Host.Delivery;

/// <summary>
/// Local mode's only subscriber: the console, subscribed to every topic, its watermark kept in the worker status table
/// so a restart prints only what is new.
/// </summary>
public sealed class ConsoleSubscriberDirectory(IReadOnlyList<TopicDefinition> topics, IWorkerStatusRepository status, TimeProvider time) : ISubscriberDirectory
{
    public static readonly SubscriberKey Console = new(0, 0);
    private const string WatermarkName = "console.watermark";

    public async Task<IReadOnlyList<DeliverySubscriber>> ListActiveAsync(SubscriberKey? after, int limit, CancellationToken cancellationToken = default)
    {
        if (after is not null) return []; // one subscriber: any cursor is past it
        var stored = (await status.ListAsync(cancellationToken)).FirstOrDefault(s => s.Name == WatermarkName);
        var watermark = stored is null ? 0 : long.Parse(stored.Value, CultureInfo.InvariantCulture);
        return [new DeliverySubscriber(Console, topics.Select(t => t.Slug).ToList(), watermark)];
    }

    public Task<IReadOnlyList<DeliverySubscriber>> ListDueAsync(DateTimeOffset nowUtc, int limit, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<DeliverySubscriber>>([]);

    public Task SetNextDueAsync(SubscriberKey subscriber, DateTimeOffset nextDueUtc, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public async Task AdvanceWatermarkAsync(SubscriberKey subscriber, long articleId, CancellationToken cancellationToken = default)
    {
        var current = (await ListActiveAsync(null, 1, cancellationToken))[0].WatermarkArticleId;
        if (articleId > current) await status.SetAsync(WatermarkName, articleId.ToString(CultureInfo.InvariantCulture), time.GetUtcNow(), cancellationToken);
    }
}
