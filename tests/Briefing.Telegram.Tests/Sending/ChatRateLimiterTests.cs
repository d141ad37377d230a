using Briefing.Telegram.Sending;
using Briefing.Telegram.Tests.Fakes;

namespace Briefing.Telegram.Tests.Sending;

public sealed class ChatRateLimiterTests
{
    private readonly ManualTimeProvider _clock = new();

    [Fact]
    public async Task One_private_chat_gets_one_message_a_second()
    {
        var limiter = new ChatRateLimiter(new TelegramOptions(), _clock);

        var offsets = await ReleaseOffsetsAsync(limiter, [42, 42, 42, 42]);

        Assert.Equal([0, 1000, 2000, 3000], offsets);
    }

    [Fact]
    public async Task A_group_gets_twenty_messages_then_waits_for_the_minute_to_pass()
    {
        var limiter = new ChatRateLimiter(new TelegramOptions(), _clock);

        var offsets = await ReleaseOffsetsAsync(limiter, Enumerable.Repeat(-1001L, 21).ToArray());

        Assert.All(offsets.Take(20), offset => Assert.True(offset < 1000, $"one of the first twenty waited {offset} ms"));
        Assert.Equal(60_000, offsets[20]);
    }

    [Fact]
    public async Task Different_chats_do_not_wait_for_each_other_but_share_the_global_limit()
    {
        var limiter = new ChatRateLimiter(new TelegramOptions { GlobalPerSecond = 3 }, _clock);

        var offsets = await ReleaseOffsetsAsync(limiter, [1, 2, -3, 4, 5, -6, 7]);

        // Evenly spaced, a little slower than the limit, so no one-second window ever holds more than three.
        Assert.All(offsets.Zip(offsets.Skip(1)), pair => Assert.InRange(pair.Second - pair.First, 334, 350));
        Assert.All(offsets, start => Assert.True(offsets.Count(o => o >= start && o < start + 1000) <= 3));
        Assert.InRange(offsets[^1], 2000, 2100);
    }

    [Fact]
    public async Task A_held_chat_waits_out_the_hold_while_others_go_on_at_half_the_global_pace()
    {
        var limiter = new ChatRateLimiter(new TelegramOptions { GlobalPerSecond = 10 }, _clock);

        limiter.Hold(42, TimeSpan.FromSeconds(5));
        var offsets = await ReleaseOffsetsAsync(limiter, [1, 2, 3, 42]);

        Assert.Equal([0, 200, 400, 5000], offsets);
    }

    [Fact]
    public async Task Chats_idle_for_longer_than_their_window_are_forgotten()
    {
        var limiter = new ChatRateLimiter(new TelegramOptions { GlobalPerSecond = 1000 }, _clock, sweepThreshold: 8);
        await ReleaseOffsetsAsync(limiter, Enumerable.Range(1, 50).Select(i => (long)i).Concat(Enumerable.Range(1, 50).Select(i => -(long)i)).ToArray());
        var busy = limiter.TrackedChats;

        _clock.Advance(TimeSpan.FromMinutes(1));
        await ReleaseOffsetsAsync(limiter, Enumerable.Range(1000, 28).Select(i => (long)i).ToArray());

        Assert.Equal(100, busy);
        Assert.True(limiter.TrackedChats <= 28, $"{limiter.TrackedChats} chats still tracked");
    }

    [Fact]
    public async Task A_cancelled_wait_ends_with_a_cancellation_and_frees_the_chat()
    {
        var limiter = new ChatRateLimiter(new TelegramOptions(), _clock);
        await limiter.WaitAsync(42);
        using var cancel = new CancellationTokenSource();

        var waiting = limiter.WaitAsync(42, cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        var next = await ReleaseOffsetsAsync(limiter, [42]);
        Assert.Equal([1000], next);
    }

    /// <summary>Waits for each chat in turn, moving the clock from timer to timer, and returns when each was released (ms after the start).</summary>
    private async Task<long[]> ReleaseOffsetsAsync(ChatRateLimiter limiter, long[] chatIds)
    {
        var start = new ManualTimeProvider().GetUtcNow();
        var offsets = new List<long>();
        foreach (var chatId in chatIds)
        {
            var wait = limiter.WaitAsync(chatId);
            while (!wait.IsCompleted)
            {
                // The waiter's continuation may still be on its way to arming its next timer.
                if (!_clock.AdvanceToNextTimer()) await Task.Delay(1);
            }
            await wait;
            offsets.Add((long)(_clock.GetUtcNow() - start).TotalMilliseconds);
        }
        return offsets.ToArray();
    }
}
