using Briefing.Store.Chats;
using System.Collections.Concurrent;
using Briefing.Host.Delivery;
using Briefing.Store.Delivery;

namespace Briefing.Host.Tests.Delivery;

/// <summary>Subscribers in memory, paged in key order as the real table is.</summary>
public sealed class FakeSubscriberDirectory : ISubscriberDirectory
{
    private readonly ConcurrentDictionary<SubscriberKey, DeliverySubscriber> subscribers = new();

    public void Add(DeliverySubscriber subscriber) => subscribers[subscriber.Key] = subscriber;

    public DeliverySubscriber Get(long chatId, long threadId = 0) => subscribers[new SubscriberKey(chatId, threadId)];

    public Task<IReadOnlyList<DeliverySubscriber>> ListActiveAsync(SubscriberKey? after, int limit, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<DeliverySubscriber>>(subscribers.Values
            .Where(s => after is null || (s.Key.ChatId, s.Key.ThreadId).CompareTo((after.Value.ChatId, after.Value.ThreadId)) > 0)
            .OrderBy(s => s.Key.ChatId).ThenBy(s => s.Key.ThreadId).Take(limit).ToList());

    public Task<IReadOnlyList<DeliverySubscriber>> ListDueAsync(DateTimeOffset nowUtc, int limit, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<DeliverySubscriber>>(subscribers.Values
            .Where(s => s.NextDueUtc is { } due && due <= nowUtc)
            .OrderBy(s => s.NextDueUtc).Take(limit).ToList());

    public Task SetNextDueAsync(SubscriberKey subscriber, DateTimeOffset nextDueUtc, CancellationToken cancellationToken = default)
    {
        subscribers.AddOrUpdate(subscriber, _ => throw new InvalidOperationException(), (_, s) => s with { NextDueUtc = nextDueUtc });
        return Task.CompletedTask;
    }

    public Task AdvanceWatermarkAsync(SubscriberKey subscriber, long articleId, CancellationToken cancellationToken = default)
    {
        subscribers.AddOrUpdate(subscriber, _ => throw new InvalidOperationException(),
            (_, s) => s with { WatermarkArticleId = Math.Max(s.WatermarkArticleId, articleId) });
        return Task.CompletedTask;
    }
}
