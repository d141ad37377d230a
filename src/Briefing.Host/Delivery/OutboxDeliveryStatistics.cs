using Briefing.Store.Delivery;
using Briefing.Telegram.Commands;

namespace Briefing.Host.Delivery;

/// <summary>The deliveries figures of /admin stats, from the outbox: digests sent since midnight UTC and those parked as failed.</summary>
public sealed class OutboxDeliveryStatistics(IOutboxRepository outbox, TimeProvider time) : IDeliveryStatistics
{
    public async Task<DeliveryCounts> GetTodayAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var counts = await outbox.CountAsync(now, new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero), cancellationToken);
        return new DeliveryCounts((int)counts.SentSince, (int)counts.Failed);
    }
}
