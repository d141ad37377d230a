namespace Briefing.Telegram.Sending;

/// <summary>
/// The send times of one chat inside its period, at most <c>limit</c> of them, oldest first:
/// one more send may go once fewer than <c>limit</c> of them lie within the last period. Not thread-safe.
/// </summary>
internal sealed class SlidingWindow(int limit, TimeSpan period)
{
    private readonly Queue<DateTimeOffset> _times = new();

    /// <summary>The latest time added, or <see cref="DateTimeOffset.MinValue"/>.</summary>
    public DateTimeOffset Newest { get; private set; } = DateTimeOffset.MinValue;

    /// <summary>The earliest moment, not before <paramref name="now"/>, at which one more send keeps every span of one period at <c>limit</c> sends or fewer.</summary>
    public DateTimeOffset NextFree(DateTimeOffset now)
    {
        while (_times.Count > 0 && _times.Peek() + period <= now) _times.Dequeue();
        return _times.Count < limit ? now : _times.Peek() + period;
    }

    /// <summary>Records a send at <paramref name="at"/>, which must not be earlier than the last one.</summary>
    public void Add(DateTimeOffset at)
    {
        // Only the newest `limit` times decide the next free moment.
        if (_times.Count == limit) _times.Dequeue();
        _times.Enqueue(at);
        Newest = at;
    }

    /// <summary>No send within the last period: forgetting this window loses nothing.</summary>
    public bool IsIdle(DateTimeOffset now) => Newest + period <= now;
}
