using Briefing.Store.Chats;
using Briefing.Store.Delivery;

namespace Briefing.Host.Delivery;

/// <summary>
/// The subscribers delivery reads and updates: the bot's subscriber table in Telegram mode, the console in local mode.
/// Pages are ordered by chat and thread so a run can resume after the last one it wrote.
/// </summary>
public interface ISubscriberDirectory
{
    Task<IReadOnlyList<DeliverySubscriber>> ListActiveAsync(SubscriberKey? after, int limit, CancellationToken cancellationToken = default);

    /// <summary>Subscribers with their own delivery time whose next due instant is at or before <paramref name="nowUtc"/>.</summary>
    Task<IReadOnlyList<DeliverySubscriber>> ListDueAsync(DateTimeOffset nowUtc, int limit, CancellationToken cancellationToken = default);

    Task SetNextDueAsync(SubscriberKey subscriber, DateTimeOffset nextDueUtc, CancellationToken cancellationToken = default);

    /// <summary>Moves the subscriber's watermark forward to <paramref name="articleId"/> (never back).</summary>
    Task AdvanceWatermarkAsync(SubscriberKey subscriber, long articleId, CancellationToken cancellationToken = default);
}
