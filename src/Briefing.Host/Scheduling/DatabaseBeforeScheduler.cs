using Briefing.Store.Database;
using Microsoft.Extensions.Hosting;

namespace Briefing.Host.Scheduling;

/// <summary>
/// Opens the database (creating its folder and applying migrations) before the scheduler starts: Quartz's store opens
/// the same file with its own connections and would fail on a folder that does not exist yet.
/// </summary>
public sealed class DatabaseBeforeScheduler(StoreDatabase database) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => database.EnsureReadyAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
