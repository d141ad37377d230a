namespace Briefing.Host.Delivery;

/// <summary>Wakes the dispatcher when a run has queued digests, so it need not wait for its next poll.</summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim signal = new(0, 1);

    public void Notify()
    {
        // At most one pending wake-up: the dispatcher drains everything due each time it wakes.
        try { signal.Release(); } catch (SemaphoreFullException) { }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken = default) => signal.WaitAsync(timeout, cancellationToken);
}
