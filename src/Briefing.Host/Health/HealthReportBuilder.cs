using Briefing.Host.Delivery;
using Briefing.Store.Database;
using Quartz;

namespace Briefing.Host.Health;

/// <summary>Puts the scheduler's live state beside the delivery report read from the database.</summary>
public sealed class HealthReportBuilder(ISchedulerFactory schedulerFactory, DeliveryReportReader reader)
{
    public async Task<HealthReport> BuildAsync(CancellationToken cancellationToken = default)
    {
        var scheduler = await ReadSchedulerAsync(cancellationToken);
        DeliveryReport delivery;
        try
        {
            delivery = await reader.ReadAsync(cancellationToken);
        }
        catch (DatabaseUnavailableException ex)
        {
            return new HealthReport("failing", scheduler, null, ex.Message);
        }
        var healthy = scheduler.State == "started" && delivery.Outbox.Failed == 0;
        return new HealthReport(healthy ? "ok" : "degraded", scheduler, delivery);
    }

    private async Task<SchedulerHealth> ReadSchedulerAsync(CancellationToken cancellationToken)
    {
        try
        {
            var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
            var state = await scheduler.GetStatus(cancellationToken) switch
            {
                SchedulerStatus.Running => "started",
                SchedulerStatus.Standby => "standby",
                SchedulerStatus.Created => "not started",
                SchedulerStatus.ShuttingDown or SchedulerStatus.Shutdown => "shutdown",
                _ => "unknown",
            };
            var triggers = await scheduler.QueryTriggers(new TriggerQuery { Take = 10_000 }, cancellationToken);
            return new SchedulerHealth(state, triggers.Items.Count);
        }
        catch (SchedulerException)
        {
            return new SchedulerHealth("unavailable", 0);
        }
    }
}
