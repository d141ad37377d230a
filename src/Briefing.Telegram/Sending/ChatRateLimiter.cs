namespace Briefing.Telegram.Sending;

/// <summary>
/// Paces sends to Telegram's limits: at most GlobalPerSecond over all chats, PerChatPerSecond to one private chat
/// (positive id) and PerGroupPerMinute to one group or channel (negative id). Callers wait asynchronously on the
/// <see cref="TimeProvider"/>; chats idle for longer than their window are forgotten, so memory follows recent traffic.
/// </summary>
internal sealed class ChatRateLimiter
{
    private readonly TimeProvider _time;
    private readonly int _perChatPerSecond;
    private readonly int _perGroupPerMinute;
    private readonly int _sweepThreshold;
    private readonly Lock _chatsGate = new();
    private readonly Dictionary<long, ChatPace> _chats = [];
    private readonly Lock _globalGate = new();
    private readonly TimeSpan _spacing;
    private readonly TimeSpan _slowSpacing;
    private const double SpacingMargin = 1.03;
    private DateTimeOffset _slowUntil = DateTimeOffset.MinValue;
    private DateTimeOffset _lastGlobalSlot = DateTimeOffset.MinValue;
    private int _sweepAt;

    public ChatRateLimiter(TelegramOptions options, TimeProvider time, int sweepThreshold = 1024)
    {
        _time = time;
        _perChatPerSecond = options.PerChatPerSecond;
        _perGroupPerMinute = options.PerGroupPerMinute;
        // Messages leave evenly spaced rather than in a burst each second: a burst of GlobalPerSecond released together
        // reaches Telegram a few milliseconds apart in a different order, and the stragglers of one second then fall into
        // the next second's count and are answered 429. The 3% margin absorbs that jitter (30/s becomes about 29.1/s).
        // GlobalPerSecond slots so spaced span more than a second, so the spacing alone keeps any second within the limit.
        _spacing = TimeSpan.FromTicks((long)(TimeSpan.TicksPerSecond * SpacingMargin / options.GlobalPerSecond));
        // After a 429 the whole sender runs at half the global rate until the retry_after has passed.
        _slowSpacing = TimeSpan.FromSeconds(2.0 / options.GlobalPerSecond);
        _sweepThreshold = sweepThreshold;
        _sweepAt = sweepThreshold;
    }

    /// <summary>How many chats are remembered now (for tests of the memory bound).</summary>
    internal int TrackedChats
    {
        get { lock (_chatsGate) return _chats.Count; }
    }

    /// <summary>Completes when one message to <paramref name="chatId"/> may be sent now, and counts it as sent.</summary>
    public async Task WaitAsync(long chatId, CancellationToken cancellationToken = default)
    {
        var chat = Enter(chatId);
        try
        {
            // One waiter per chat at a time, so the chat's window holds the times messages really left, after any
            // global wait, rather than reservations a global wait could push closer together.
            await chat.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await DelayUntilAsync(chat.NextFree(_time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
                await DelayUntilAsync(ReserveGlobal(), cancellationToken).ConfigureAwait(false);
                chat.Window.Add(_time.GetUtcNow());
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
            chat.HoldUntil(until);
        }
        lock (_globalGate)
        {
            if (until > _slowUntil) _slowUntil = until;
        }
    }

    private DateTimeOffset ReserveGlobal()
    {
        lock (_globalGate)
        {
            var now = _time.GetUtcNow();
            var spacing = now < _slowUntil && _slowSpacing > _spacing ? _slowSpacing : _spacing;
            var slot = _lastGlobalSlot + spacing;
            if (slot < now) slot = now;
            _lastGlobalSlot = slot;
            return slot;
        }
    }

    private async Task DelayUntilAsync(DateTimeOffset moment, CancellationToken cancellationToken)
    {
        // A loop because a timer may fire a hair before the clock reads the moment. Task.Delay truncates to whole
        // milliseconds, so a sub-millisecond remainder would be a zero delay and the loop would spin: round up instead.
        for (var wait = moment - _time.GetUtcNow(); wait > TimeSpan.Zero; wait = moment - _time.GetUtcNow())
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Ceiling(wait.TotalMilliseconds)), _time, cancellationToken).ConfigureAwait(false);
    }

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
            // The same margin as the global spacing: two messages released exactly one period apart may reach
            // Telegram a few milliseconds closer together, and the second would be answered 429.
            chat = chatId > 0
                ? new ChatPace(new SlidingWindow(_perChatPerSecond, TimeSpan.FromSeconds(SpacingMargin)))
                : new ChatPace(new SlidingWindow(_perGroupPerMinute, TimeSpan.FromMinutes(SpacingMargin)));
            _chats.Add(chatId, chat);
        }
        return chat;
    }

    /// <summary>One chat's pace. <see cref="Users"/> is guarded by the limiter's chats lock, <see cref="Window"/> by <see cref="Gate"/>.</summary>
    private sealed class ChatPace(SlidingWindow window)
    {
        private long _heldUntilTicks = DateTimeOffset.MinValue.UtcTicks;

        public SemaphoreSlim Gate { get; } = new(1, 1);
        public SlidingWindow Window { get; } = window;
        public int Users { get; set; }

        public void HoldUntil(DateTimeOffset until)
        {
            if (until.UtcTicks > Volatile.Read(ref _heldUntilTicks)) Volatile.Write(ref _heldUntilTicks, until.UtcTicks);
        }

        public DateTimeOffset NextFree(DateTimeOffset now)
        {
            var held = new DateTimeOffset(Volatile.Read(ref _heldUntilTicks), TimeSpan.Zero);
            var free = Window.NextFree(now);
            return held > free ? held : free;
        }

        /// <summary>Nobody is waiting, no hold is pending and the window is empty: forgetting the chat loses nothing.</summary>
        public bool IsIdle(DateTimeOffset now) =>
            Users == 0 && Window.IsIdle(now) && Volatile.Read(ref _heldUntilTicks) <= now.UtcTicks;
    }
}
