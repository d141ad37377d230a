using Briefing.Store.Database;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Host.Scheduling;

/// <summary>Creates the default schedule on first start, then re-syncs the triggers whenever the schedules table changes (a cheap version read every Scheduling:SyncSeconds).</summary>
public sealed class ScheduleSyncService(
    ScheduleSynchronizer synchronizer,
    IOptions<SchedulingOptions> options,
    TimeProvider time,
    ILogger<ScheduleSyncService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.SyncSeconds), time);
        var seeded = false;
        do
        {
            try
            {
                if (!seeded) await synchronizer.EnsureDefaultScheduleAsync(stoppingToken);
                seeded = true;
                await synchronizer.SyncIfChangedAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is DatabaseUnavailableException or Quartz.SchedulerException)
            {
                logger.LogWarning(ex, "Could not sync the schedules; trying again in {Seconds} s", options.Value.SyncSeconds);
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try { return await timer.WaitForNextTickAsync(stoppingToken); }
        catch (OperationCanceledException) { return false; }
    }
}
