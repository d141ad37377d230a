namespace Briefing.Store.Database;

/// <summary>
/// A named lock this process holds on the database (<see cref="StoreDatabase.LockAsync"/>); disposing it lets go.
/// On PostgreSQL it lives on a connection of its own, so a worker that dies loses it with its connection.
/// </summary>
public sealed class StoreLock : IAsyncDisposable
{
    private readonly Func<ValueTask> release;
    private readonly CancellationTokenSource lost;
    private int released;

    internal StoreLock(string name, CancellationTokenSource lost, Func<ValueTask> release)
    {
        Name = name;
        this.lost = lost;
        this.release = release;
    }

    public string Name { get; }

    /// <summary>
    /// Cancelled when the lock went without being let go (its connection to the server broke): another worker may hold
    /// it now, so what it guards must stop.
    /// </summary>
    public CancellationToken Lost => lost.Token;

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref released, 1) == 1) return;
        await release();
        lost.Dispose();
    }
}
