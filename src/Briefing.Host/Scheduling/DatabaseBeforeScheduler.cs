using Briefing.Store.Database;
using Microsoft.Extensions.Hosting;

namespace Briefing.Host.Scheduling;

/// <summary>
/// Opens the database (creating its folder and applying migrations) before the scheduler starts: Quartz's store opens
/// the same file with its own connections and would fail on a folder that does not exist yet.
/// </summary>
public sealed class DatabaseBeforeScheduler(SqliteDatabase database) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
