namespace Briefing.Telegram.Commands;

/// <summary>Zero deliveries: what /admin stats shows until a delivery feature registers its own <see cref="IDeliveryStatistics"/>.</summary>
public sealed class NoDeliveryStatistics : IDeliveryStatistics
{
    public Task<DeliveryCounts> GetTodayAsync(CancellationToken cancellationToken = default) => Task.FromResult(new DeliveryCounts(0, 0));
}
