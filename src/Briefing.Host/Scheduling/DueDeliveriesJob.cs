using Briefing.Store.Chats;
using Briefing.Host.Delivery;
using Quartz;

namespace Briefing.Host.Scheduling;

/// <summary>
/// Every minute: queues the digests of subscribers whose own delivery time has passed (read from an index on their
/// next due instant, so the cost is the due subscribers, not all of them) and sets their next due instant.
/// </summary>
[DisallowConcurrentExecution]
public sealed class DueDeliveriesJob(DigestRunWriter writer, TimeProvider time) : IJob
{
    public static readonly JobKey Key = new("due-deliveries", "delivery");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        await writer.RunDueAsync(s => NextDue(s, now), cancellationToken);
    }

    /// <summary>The subscriber's next local delivery time after now, as a UTC instant.</summary>
    public static DateTimeOffset NextDue(DeliverySubscriber subscriber, DateTimeOffset nowUtc) =>
        DeliveryTimeCalculator.Next(
            subscriber.DeliveryTime ?? new TimeOnly(8, 0),
            IanaTimeZones.ForSubscriber(subscriber.TimeZone),
            nowUtc);
}
