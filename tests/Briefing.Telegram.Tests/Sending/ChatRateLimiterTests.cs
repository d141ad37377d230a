using Briefing.Telegram.Sending;
using Microsoft.Extensions.Time.Testing;

namespace Briefing.Telegram.Tests.Sending;

public sealed class ChatRateLimiterTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(Start);

    [Fact]
    public async Task One_private_chat_gets_one_message_a_second_counted_from_each_answer()
    {
        var limiter = new ChatRateLimiter(new TelegramOptions(), _clock);

        var offsets = await ReleaseOffsetsAsync(limiter, [42, 42, 42, 42], answerAfterMs: 200);

        // Each answer took 200 ms; Telegram counted the message somewhere in between, so the next waits a second from the answer.
        Assert.Equal([0, 1200, 2400, 3600], offsets);
    }

    [Fact]
    public async Task A_chat_whose_message_is_still_in_flight_waits_for_its_answer()
    {
        var limiter = new ChatRateLimiter(new TelegramOptions(), _clock);
        var inFlight = await limiter.WaitAsync(42);

        var next = limiter.WaitAsync(42);
        await AdvanceAsync(TimeSpan.FromSeconds(5));
        var waitedWhileInFlight = !next.IsCompleted;
        inFlight.Dispose();
        var offsets = await ReleaseOffsetsAsync(limiter, [], pending: next);

        Assert.True(waitedWhileInFlight);
        Assert.Equal([6000], offsets);
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

        var offsets = await ReleaseOffsetsAsync(limiter, [1, 2, -3, 4, 5, -6, 7], answerAfterMs: 10);

        // Evenly spaced, and no one-second window from one answer on holds more than three.
        Assert.All(offsets.Zip(offsets.Skip(1)), pair => Assert.InRange(pair.Second - pair.First, 333, 350));
        Assert.All(offsets, start => Assert.True(offsets.Count(o => o >= start && o < start + 1010) <= 3));
        Assert.InRange(offsets[^1], 2000, 2100);
    }

    [Fact]
    public async Task When_the_whole_limit_is_in_flight_the_next_message_waits_a_second_from_the_first_answer()
    {
        var limiter = new ChatRateLimiter(new TelegramOptions { GlobalPerSecond = 2 }, _clock);
        var first = await limiter.WaitAsync(1);
        await AdvanceAsync(TimeSpan.FromMilliseconds(500));
        var second = await limiter.WaitAsync(2);

        var third = limiter.WaitAsync(3);
        await AdvanceAsync(TimeSpan.FromSeconds(3));
        var waitedWhileInFlight = !third.IsCompleted;
        first.Dispose();
        var offsets = await ReleaseOffsetsAsync(limiter, [], pending: third);
        second.Dispose();

        Assert.True(waitedWhileInFlight);
        Assert.Equal([4500], offsets);
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

        _clock.Advance(TimeSpan.FromMinutes(2));
        await ReleaseOffsetsAsync(limiter, Enumerable.Range(1000, 28).Select(i => (long)i).ToArray());

        Assert.Equal(100, busy);
        Assert.True(limiter.TrackedChats <= 28, $"{limiter.TrackedChats} chats still tracked");
    }

    [Fact]
    public async Task A_cancelled_wait_ends_with_a_cancellation_and_frees_the_chat()
    {
        var limiter = new ChatRateLimiter(new TelegramOptions(), _clock);
        (await limiter.WaitAsync(42)).Dispose();
        using var cancel = new CancellationTokenSource();

        var waiting = limiter.WaitAsync(42, cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        var next = await ReleaseOffsetsAsync(limiter, [42]);
        Assert.Equal([1000], next);
    }

    /// <summary>
    /// Waits for <paramref name="pending"/>, then for each chat in turn, moving the clock a millisecond at a time; each
    /// send is answered <paramref name="answerAfterMs"/> later. Returns when each was let go (ms after the start).
    /// </summary>
    private async Task<long[]> ReleaseOffsetsAsync(ChatRateLimiter limiter, long[] chatIds, int answerAfterMs = 0, Task<ChatRateLimiter.SendSlot>? pending = null)
    {
        var offsets = new List<long>();
        foreach (var wait in (pending is null ? [] : new[] { pending }).Concat(chatIds.Select(chatId => limiter.WaitAsync(chatId))))
        {
            await StepUntilAsync(() => wait.IsCompleted);
            using var slot = await wait;
            offsets.Add((long)(_clock.GetUtcNow() - Start).TotalMilliseconds);
            await AdvanceAsync(TimeSpan.FromMilliseconds(answerAfterMs));
        }
        return offsets.ToArray();
    }

    private async Task AdvanceAsync(TimeSpan by)
    {
        var until = _clock.GetUtcNow() + by;
        await StepUntilAsync(() => _clock.GetUtcNow() >= until);
    }

    // The limiter waits in whole milliseconds, so single steps meet each release exactly; a short yield lets a waiter's
    // continuation arm its next timer before the clock moves on.
    private async Task StepUntilAsync(Func<bool> done)
    {
        for (var idle = 0; !done(); idle++)
        {
            if (idle % 64 == 63) await Task.Delay(1);
            else await Task.Yield();
            if (!done()) _clock.Advance(TimeSpan.FromMilliseconds(1));
        }
    }
}
