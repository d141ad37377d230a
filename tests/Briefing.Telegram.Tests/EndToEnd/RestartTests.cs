using System.Globalization;

namespace Briefing.Telegram.Tests.EndToEnd;

/// <summary>Updates sent while the bot is down are each handled exactly once after it starts again.</summary>
public sealed class RestartTests(TelegramEmulator emulator) : IClassFixture<TelegramEmulator>, IAsyncLifetime
{
    private readonly BotUnderTest bot = new(emulator);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => bot.DisposeAsync().AsTask();

    [Fact]
    public async Task Messages_sent_while_the_bot_is_down_are_each_answered_once_after_it_starts()
    {
        var alice = bot.User(3001);
        var bob = bot.User(3002);
        await bot.StartAsync();
        await alice.SendAsync("/subscribe nato-accession");
        await alice.ReplyAsync();
        await bot.StopAsync();
        var offsetAtStop = long.Parse((await bot.State.GetAsync("last_update_id"))!, CultureInfo.InvariantCulture);

        // While the bot is down (the last batch before the stop is not yet confirmed to the server either).
        await alice.SendAsync("/subscribe victory-plan");
        await bob.SendAsync("/subscribe security-guarantees");
        await alice.SendAsync("/subscriptions");
        await bob.SendAsync("/help");

        await bot.StartAsync();
        var aliceReplies = await alice.RepliesAsync(2);
        var bobReplies = await bob.RepliesAsync(2);
        // A bot that lost its place would answer the stop-time /subscribe again: give it the time to do so.
        await Task.Delay(TimeSpan.FromSeconds(3));

        Assert.Empty(await alice.UnreadAsync());
        Assert.Empty(await bob.UnreadAsync());
        Assert.Contains("Victory plan", aliceReplies[0].Text);
        Assert.Contains("<b>Your topics</b>", aliceReplies[1].Text);
        Assert.Contains("Security guarantees", bobReplies[0].Text);
        Assert.Contains("/subscribe", bobReplies[1].Text);
        var offsetNow = long.Parse((await bot.State.GetAsync("last_update_id"))!, CultureInfo.InvariantCulture);
        Assert.True(offsetNow > offsetAtStop);
        Assert.Equal(await bot.LastUserUpdateIdAsync(), offsetNow);
        Assert.Equal(["nato-accession", "victory-plan"], (await bot.Subscribers.GetAsync(new(3001, 0)))!.Topics.Select(t => t.Slug));
    }
}
