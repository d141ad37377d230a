namespace Briefing.Telegram.Updates;

/// <summary>
/// The highest update id below which every update received has been handled, while updates finish out of order: the
/// poller stores it as the offset, so a restart (even after kill -9) skips nothing and repeats only what was in flight.
/// Thread-safe.
/// </summary>
public sealed class UpdateWatermark(long handledThrough)
{
    private readonly Lock _gate = new();
    private readonly SortedSet<long> _inFlight = [];
    private long _highestReceived = handledThrough;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Every update up to this id has been handled (or was unreadable and skipped).</summary>
    public long HandledThrough
    {
        get { lock (_gate) return _inFlight.Count == 0 ? _highestReceived : _inFlight.Min - 1; }
    }

    /// <summary>How many received updates are not handled yet.</summary>
    public int InFlight
    {
        get { lock (_gate) return _inFlight.Count; }
    }

    /// <summary>Completes at the next <see cref="Finish"/>.</summary>
    public Task NextFinish
    {
        get { lock (_gate) return _changed.Task; }
    }

    /// <summary>Takes the update in; false when it was received before (a server repeats what is in flight) or is already handled.</summary>
    public bool Receive(long updateId)
    {
        lock (_gate)
        {
            // Ids only grow, so anything not above the highest received is in flight or handled already.
            if (updateId <= _highestReceived) return false;
            _inFlight.Add(updateId);
            _highestReceived = updateId;
            return true;
        }
    }

    public void Finish(long updateId)
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            _inFlight.Remove(updateId);
            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        changed.TrySetResult();
    }
}
