using Briefing.News.Digests;
using Briefing.Store.Chats;

namespace Briefing.Host.Delivery;

/// <summary>The bot's subscribers (the subscribers table) as delivery reads and updates them.</summary>
public sealed class BotSubscriberDirectory(ISubscriberRepository repository, TimeProvider time) : ISubscriberDirectory
{
    public async Task<IReadOnlyList<DeliverySubscriber>> ListActiveAsync(SubscriberKey? after, int limit, CancellationToken cancellationToken = default) =>
        (await repository.ListActiveAsync(after, limit, cancellationToken)).Select(ToDelivery).ToList();

    public async Task<IReadOnlyList<DeliverySubscriber>> ListDueAsync(DateTimeOffset nowUtc, int limit, CancellationToken cancellationToken = default) =>
        (await repository.ListDueAsync(nowUtc, after: null, limit, cancellationToken)).Select(ToDelivery).ToList();

    public Task SetNextDueAsync(SubscriberKey subscriber, DateTimeOffset nextDueUtc, CancellationToken cancellationToken = default) =>
        repository.SetNextDueAsync(subscriber, nextDueUtc, cancellationToken);

    public Task AdvanceWatermarkAsync(SubscriberKey subscriber, long articleId, CancellationToken cancellationToken = default) =>
        repository.AdvanceWatermarkAsync(subscriber, articleId, time.GetUtcNow(), cancellationToken);

    private static DeliverySubscriber ToDelivery(Subscriber s) => new(
        s.Key,
        s.Topics.Select(t => t.Slug).ToList(),
        s.Watermark,
        s.NextDueUtc,
        s.DeliveryTime,
        s.TimeZone,
        s.IsPaused,
        s.Topics.Where(t => t.HasFilter).ToDictionary(t => t.Slug, t => t.Filter));
}
