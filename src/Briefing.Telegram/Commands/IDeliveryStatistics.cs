namespace Briefing.Telegram.Commands;

/// <summary>Delivery figures for /admin stats. The scheduling feature registers the real one over its delivery tables.</summary>
public interface IDeliveryStatistics
{
    Task<DeliveryCounts> GetTodayAsync(CancellationToken cancellationToken = default);
}

/// <summary>Digests delivered since midnight UTC, and deliveries that failed for good.</summary>
public sealed record DeliveryCounts(int DeliveredToday, int Failed);
