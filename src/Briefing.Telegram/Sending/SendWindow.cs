namespace Briefing.Telegram.Sending;

/// <summary>
/// The sends that count against one limit of <c>limit</c> per <c>period</c> (one chat's, or all chats'): every send from
/// the moment it leaves until one period after its answer came back. Telegram counts a message when it arrives, which
/// lies between those two moments, so however the request is delayed on its way, no span of one period Telegram could
/// count holds more than <c>limit</c>. Not thread-safe: the owner locks.
/// </summary>
internal sealed class SendWindow(int limit, TimeSpan period)
{
    // Answered sends, by the moment they stop counting (answer + period); in flight ones are only counted.
    private readonly PriorityQueue<DateTimeOffset, DateTimeOffset> _countedUntil = new();
    private TaskCompletionSource _answered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _inFlight;

    /// <summary>
    /// The earliest moment, not before <paramref name="now"/>, at which one more send keeps the count within the limit;
    /// null when every counted send is still in flight, so that only an answer (<see cref="NextAnswer"/>) can make room.
    /// </summary>
    public DateTimeOffset? NextFree(DateTimeOffset now)
    {
        Forget(now);
        if (_inFlight + _countedUntil.Count < limit) return now;
        return _countedUntil.TryPeek(out var first, out _) ? first : null;
    }

    /// <summary>Completes when the next send in flight is answered.</summary>
    public Task NextAnswer => _answered.Task;

    /// <summary>A send leaves now: it counts until one period after <see cref="Answered"/>.</summary>
    public void Leave() => _inFlight++;

    /// <summary>A send that left was answered (or failed) at <paramref name="at"/>.</summary>
    public void Answered(DateTimeOffset at)
    {
        _inFlight--;
        _countedUntil.Enqueue(at + period, at + period);
        var answered = _answered;
        _answered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        answered.SetResult();
    }

    /// <summary>Nothing in flight and nothing answered within the last period: forgetting this window loses nothing.</summary>
    public bool IsIdle(DateTimeOffset now)
    {
        Forget(now);
        return _inFlight == 0 && _countedUntil.Count == 0;
    }

    private void Forget(DateTimeOffset now)
    {
        while (_countedUntil.TryPeek(out var until, out _) && until <= now) _countedUntil.Dequeue();
    }
}
