using Briefing.Store.Database;
using Briefing.Telegram.Updates;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Briefing.Telegram;

/// <summary>
/// The one worker of a cluster on one PostgreSQL that talks to Telegram for all of them: it alone polls getUpdates
/// (Telegram answers a second poller 409 Conflict) and drains the outbox, so Telegram:GlobalPerSecond, kept by its
/// sender, is the cluster's rate. The leader holds the "telegram-bot" lock; the others wait on it, and the first to get it
/// leads the moment the leader stops or dies. On SQLite the one worker leads at once.
/// </summary>
public sealed class BotLeader(StoreDatabase database, IHostApplicationLifetime lifetime, TimeProvider time, ILogger<BotLeader> logger) : IDisposable
{
    public const string LockName = "telegram-bot";

    private readonly SemaphoreSlim gate = new(1, 1);
    private StoreLock? held;
    private int lost;

    /// <summary>The lead was lost without being let go (its database connection broke); the worker is stopping.</summary>
    public bool Lost => Volatile.Read(ref lost) == 1;

    /// <summary>Waits until this worker leads; returns at once when it already does.</summary>
    public async Task LeadAsync(CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (held is not null) return;
            held = await Backoff.UntilDoneAsync(TakeAsync, ex => ex is DatabaseUnavailableException, "take the bot's lead", logger, time, cancellationToken);
            logger.LogInformation("This worker leads the bot: it polls for updates and sends the outbox");
            held.Lost.Register(StepDown);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<StoreLock> TakeAsync(CancellationToken cancellationToken)
    {
        if (await database.TryLockAsync(LockName, cancellationToken) is { } taken) return taken;
        logger.LogInformation("Another worker leads the bot; this one waits to take over");
        return await database.LockAsync(LockName, cancellationToken);
    }

    // Another worker may lead by now; polling or sending beside it would break the one-poller rule and the cluster's
    // rate. Stopping (exit code 1) is the safe way out: a service manager restarts the worker, which waits its turn.
    private void StepDown()
    {
        Volatile.Write(ref lost, 1);
        logger.LogCritical("This worker lost the bot's lead (its connection to {Database} broke); stopping so that it restarts and waits its turn", database.Location);
        lifetime.StopApplication();
    }

    public void Dispose()
    {
        // Let go only once the services that used the lead have stopped (the host disposes singletons after that).
        held?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        gate.Dispose();
    }
}
