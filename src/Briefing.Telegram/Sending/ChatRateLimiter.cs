namespace Briefing.Telegram.Sending;

/// <summary>
/// Paces sends to Telegram's limits: at most GlobalPerSecond over all chats, PerChatPerSecond to one private chat
/// (positive id) and PerGroupPerMinute to one group or channel (negative id). A send counts from the moment it is let
/// go until one period after its answer (see <see cref="SendWindow"/>), so late or early arrivals at Telegram cannot
/// crowd one of its windows. Callers wait asynchronously on the <see cref="TimeProvider"/>, each chat's in turn and all
/// chats first come, first served; chats idle for longer than their window are forgotten, so memory follows recent traffic.
/// </summary>
internal sealed class ChatRateLimiter
{
    private readonly TimeProvider _time;
    private readonly int _perChatPerSecond;
    private readonly int _perGroupPerMinute;
    private readonly int _sweepThreshold;
    private readonly Lock _chatsGate = new();
    private readonly Dictionary<long, ChatPace> _chats = [];
    // One caller at a time waits for the global window, in the order they came; the lock guards the window itself,
    // which answers also change.
    private readonly SemaphoreSlim _globalTurn = new(1, 1);
    private readonly Lock _globalGate = new();
    private readonly SendWindow _global;
    private readonly TimeSpan _spacing;
    private readonly TimeSpan _slowSpacing;
    private DateTimeOffset _slowUntil = DateTimeOffset.MinValue;
    // The moment the next send is due on the even spacing.
    private DateTimeOffset _nextDue = DateTimeOffset.MinValue;
    // Callers in or waiting for the turn; while there are any, a newcomer queues behind them.
    private int _waitingGlobally;
    private int _sweepAt;

    public ChatRateLimiter(TelegramOptions options, TimeProvider time, int sweepThreshold = 1024)
    {
        _time = time;
        _perChatPerSecond = options.PerChatPerSecond;
        _perGroupPerMinute = options.PerGroupPerMinute;
        _global = new SendWindow(options.GlobalPerSecond, TimeSpan.FromSeconds(1));
        // Messages leave evenly spaced rather than a second's quota at once, which is gentler on Telegram and keeps
        // every chat's wait short. Timers tick in whole milliseconds, so a finer spacing (above 1,000/s) is left to the window.
        _spacing = options.GlobalPerSecond <= 1000 ? TimeSpan.FromTicks(TimeSpan.TicksPerSecond / options.GlobalPerSecond) : TimeSpan.Zero;
        // After a 429 the whole sender runs at half the global rate until the retry_after has passed.
        _slowSpacing = TimeSpan.FromTicks(2 * TimeSpan.TicksPerSecond / options.GlobalPerSecond);
        _sweepThreshold = sweepThreshold;
        _sweepAt = sweepThreshold;
    }

    /// <summary>How many chats are remembered now (for tests of the memory bound).</summary>
    internal int TrackedChats
    {
        get { lock (_chatsGate) return _chats.Count; }
    }

    /// <summary>
    /// Completes when one message to <paramref name="chatId"/> may leave now. The send counts against the limits until
    /// one period after the returned <see cref="SendSlot"/> is disposed, which the caller does once the answer came back.
    /// </summary>
    public async Task<SendSlot> WaitAsync(long chatId, CancellationToken cancellationToken = default)
    {
        var chat = Enter(chatId);
        try
        {
            // One waiter per chat at a time, so no two sends to a chat can pass its check on the same free room.
            await chat.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await WaitForRoomAsync(chat.Lock, now => chat.NextFree(now), () => chat.Window.NextAnswer, cancellationToken).ConfigureAwait(false);
                await LeaveGloballyAsync(cancellationToken).ConfigureAwait(false);
                lock (chat.Lock) chat.Window.Leave();
                return new SendSlot(this, chat);
            }
            finally
            {
                chat.Gate.Release();
            }
        }
        finally
        {
            Leave(chat);
        }
    }

    /// <summary>After a 429: nothing more goes to the chat for <paramref name="delay"/>, and the global pace halves meanwhile.</summary>
    public void Hold(long chatId, TimeSpan delay)
    {
        var until = _time.GetUtcNow() + delay;
        lock (_chatsGate)
        {
            var chat = GetOrAdd(chatId);
            lock (chat.Lock) chat.HoldUntil(until);
        }
        lock (_globalGate)
        {
            if (until > _slowUntil) _slowUntil = until;
        }
    }

    private async Task LeaveGloballyAsync(CancellationToken cancellationToken)
    {
        lock (_globalGate)
        {
            // With nobody waiting and room now, the send leaves at once: no hand-over through the turn (which costs a
            // thread switch per message when the limits are far away).
            var now = _time.GetUtcNow();
            if (_waitingGlobally == 0 && GlobalNextFree(now) <= now)
            {
                LeaveGlobally();
                return;
            }
            _waitingGlobally++;
        }
        try
        {
            await _globalTurn.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await WaitForRoomAsync(_globalGate, GlobalNextFree, () => _global.NextAnswer, cancellationToken).ConfigureAwait(false);
                lock (_globalGate) LeaveGlobally();
            }
            finally
            {
                _globalTurn.Release();
            }
        }
        finally
        {
            lock (_globalGate) _waitingGlobally--;
        }
    }

    private DateTimeOffset? GlobalNextFree(DateTimeOffset now) => _global.NextFree(now) is { } free ? Max(free, _nextDue) : null;

    /// <summary>Counts a send leaving now. Called under the global lock.</summary>
    private void LeaveGlobally()
    {
        _global.Leave();
        // Due times follow the schedule rather than the moment a timer fired: a send that left a few ms late does not
        // push every later one back (the window still bounds what Telegram can see). A send a whole spacing late or more
        // (after a pause) restarts the schedule from now, so unused time does not turn into a burst.
        var now = _time.GetUtcNow();
        var spacing = now < _slowUntil ? _slowSpacing : _spacing;
        _nextDue = (now - _nextDue < spacing ? _nextDue : now) + spacing;
    }

    /// <summary>Waits until <paramref name="nextFree"/>, asked under <paramref name="gate"/>, says now; when it says null, waits for an answer.</summary>
    private async Task WaitForRoomAsync(Lock gate, Func<DateTimeOffset, DateTimeOffset?> nextFree, Func<Task> nextAnswer, CancellationToken cancellationToken)
    {
        while (true)
        {
            DateTimeOffset now;
            DateTimeOffset? free;
            Task answered;
            lock (gate)
            {
                now = _time.GetUtcNow();
                free = nextFree(now);
                answered = nextAnswer();
            }
            if (free is not { } moment) await answered.WaitAsync(cancellationToken).ConfigureAwait(false);
            else if (moment <= now) return;
            // Task.Delay truncates to whole milliseconds, so a sub-millisecond remainder would be a zero delay and the
            // loop would spin: round up instead. The loop also catches a timer that fires a hair early.
            else await Task.Delay(TimeSpan.FromMilliseconds(Math.Ceiling((moment - now).TotalMilliseconds)), _time, cancellationToken).ConfigureAwait(false);
        }
    }

    private void Answered(ChatPace chat)
    {
        var now = _time.GetUtcNow();
        lock (chat.Lock) chat.Window.Answered(now);
        lock (_globalGate) _global.Answered(now);
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private ChatPace Enter(long chatId)
    {
        lock (_chatsGate)
        {
            var chat = GetOrAdd(chatId);
            chat.Users++;
            return chat;
        }
    }

    private void Leave(ChatPace chat)
    {
        lock (_chatsGate)
        {
            chat.Users--;
            if (_chats.Count < _sweepAt) return;
            var now = _time.GetUtcNow();
            foreach (var (id, pace) in _chats)
            {
                if (pace.IsIdle(now)) _chats.Remove(id);
            }
            // Sweep again only once the table has doubled, so a sweep costs O(1) per message on average.
            _sweepAt = Math.Max(_sweepThreshold, _chats.Count * 2);
        }
    }

    private ChatPace GetOrAdd(long chatId)
    {
        if (!_chats.TryGetValue(chatId, out var chat))
        {
            chat = chatId > 0
                ? new ChatPace(new SendWindow(_perChatPerSecond, TimeSpan.FromSeconds(1)))
                : new ChatPace(new SendWindow(_perGroupPerMinute, TimeSpan.FromMinutes(1)));
            _chats.Add(chatId, chat);
        }
        return chat;
    }

    /// <summary>
    /// One send let go by the limiter. Dispose it when the send's answer (or failure) has come back: from then the send
    /// counts for one more period, and its chat's next message may be let go.
    /// </summary>
    public sealed class SendSlot : IDisposable
    {
        private readonly ChatRateLimiter _limiter;
        private readonly ChatPace _chat;
        private int _disposed;

        internal SendSlot(ChatRateLimiter limiter, ChatPace chat)
        {
            _limiter = limiter;
            _chat = chat;
        }

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0) _limiter.Answered(_chat);
        }
    }

    /// <summary>One chat's pace. <see cref="Users"/> is guarded by the limiter's chats lock; the window and the hold by <see cref="Lock"/>.</summary>
    internal sealed class ChatPace(SendWindow window)
    {
        private DateTimeOffset _heldUntil = DateTimeOffset.MinValue;

        public SemaphoreSlim Gate { get; } = new(1, 1);
        public Lock Lock { get; } = new();
        public SendWindow Window { get; } = window;
        public int Users { get; set; }

        public void HoldUntil(DateTimeOffset until)
        {
            if (until > _heldUntil) _heldUntil = until;
        }

        public DateTimeOffset? NextFree(DateTimeOffset now) =>
            Window.NextFree(now) is { } free ? Max(free, _heldUntil) : null;

        /// <summary>Nobody is waiting, nothing is in flight or counted, no hold is pending: forgetting the chat loses nothing.</summary>
        public bool IsIdle(DateTimeOffset now)
        {
            lock (Lock) return Users == 0 && Window.IsIdle(now) && _heldUntil <= now;
        }
    }
}
