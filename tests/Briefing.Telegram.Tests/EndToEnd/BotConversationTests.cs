using Briefing.Store.Chats;
using Briefing.Store.Database;
using Briefing.Store.Feeds;

namespace Briefing.Telegram.Tests.EndToEnd;

/// <summary>Users talk to the real bot through the npm Bot API emulator; the replies they see and the SQLite file are checked.</summary>
public sealed class BotConversationTests(TelegramEmulator emulator) : IClassFixture<TelegramEmulator>, IAsyncLifetime
{
    private readonly BotUnderTest bot = new(emulator);

    public Task InitializeAsync() => bot.StartAsync();

    public Task DisposeAsync() => bot.DisposeAsync().AsTask();

    [Fact]
    public async Task Start_shows_topic_buttons_and_pressing_one_subscribes_and_ticks_it()
    {
        var user = bot.User(1001);
        await user.SendAsync("/start");
        var welcome = await user.ReplyAsync();
        Assert.Contains("daily digest", welcome.Text);
        Assert.Equal(["Victory plan", "NATO accession", "Security guarantees"], welcome.Buttons.Select(b => b.Text));

        await user.PressAsync(welcome, welcome.Buttons.Single(b => b.Text == "NATO accession").Data);

        var subscriber = await WaitForAsync(() => bot.Subscribers.GetAsync(new SubscriberKey(1001, 0)), s => s?.Topics.Count == 1);
        Assert.Equal(["nato-accession"], subscriber!.Topics.Select(t => t.Slug));
        var redrawn = await WaitForAsync(async () => (await user.HistoryAsync()).Single(r => r.MessageId == welcome.MessageId),
            r => r.Buttons.Any(b => b.Text.StartsWith('✓')));
        Assert.Equal(["Victory plan", "✓ NATO accession", "Security guarantees"], redrawn.Buttons.Select(b => b.Text));

        // Pressing again unsubscribes, and the chat's next reply is not held up behind the redraw.
        await user.PressAsync(welcome, welcome.Buttons.Single(b => b.Text == "NATO accession").Data);
        await WaitForAsync(() => bot.Subscribers.GetAsync(new SubscriberKey(1001, 0)), s => s?.Topics.Count == 0);
        await user.SendAsync("/subscriptions");
        Assert.Contains("no subscriptions", (await user.ReplyAsync()).Text);
        // The emulator answers the edit with the edited message, so it is made once and never retried.
        Assert.DoesNotContain(bot.Logs.Lines, l => l.Contains("editMessageText") && (l.Contains("retrying") || l.Contains("could not be read")));
    }

    [Fact]
    public async Task A_user_who_blocked_the_bot_and_restarts_it_is_delivered_to_again()
    {
        var user = bot.User(1012);
        await user.SendAsync("/subscribe victory-plan");
        await user.ReplyAsync();
        await bot.Subscribers.MarkUnavailableAsync(1012, "blocked");
        await user.SendAsync("/start");
        await user.ReplyAsync();
        var subscriber = await bot.Subscribers.GetAsync(new SubscriberKey(1012, 0));
        Assert.True(subscriber!.IsActive);
        Assert.Equal(["victory-plan"], subscriber.Topics.Select(t => t.Slug));
    }

    [Fact]
    public async Task Subscribe_subscriptions_and_unsubscribe_change_the_stored_topics()
    {
        var user = bot.User(1002);
        await user.SendAsync("/subscribe nato-accession");
        Assert.Contains("Subscribed to <b>NATO accession</b>", (await user.ReplyAsync()).Text);
        await user.SendAsync("/subscribe   Victory plan");
        Assert.Contains("Subscribed to <b>Victory plan</b>", (await user.ReplyAsync()).Text);
        await user.SendAsync("/subscribe nato-accession");
        Assert.Contains("already subscribed", (await user.ReplyAsync()).Text);

        await user.SendAsync("/subscriptions");
        var list = (await user.ReplyAsync()).Text;
        Assert.Contains("NATO accession", list);
        Assert.Contains("Victory plan", list);
        Assert.DoesNotContain("Security guarantees", list);
        Assert.Equal(["nato-accession", "victory-plan"], (await bot.Subscribers.GetAsync(new SubscriberKey(1002, 0)))!.Topics.Select(t => t.Slug));

        await user.SendAsync("/unsubscribe victory-plan");
        Assert.Contains("Unsubscribed from <b>Victory plan</b>", (await user.ReplyAsync()).Text);
        await user.SendAsync("/unsubscribe all");
        Assert.Contains("Unsubscribed from all 1 topic(s)", (await user.ReplyAsync()).Text);
        Assert.Empty((await bot.Subscribers.GetAsync(new SubscriberKey(1002, 0)))!.Topics);
    }

    [Fact]
    public async Task An_unknown_topic_gets_the_nearest_suggested_and_changes_nothing()
    {
        var user = bot.User(1003);
        await user.SendAsync("/subscribe nato");
        var reply = (await user.ReplyAsync()).Text;
        Assert.Contains("I don't know the topic “nato”", reply);
        Assert.Contains("Did you mean <b>NATO accession</b> (<code>nato-accession</code>)?", reply);
        Assert.Null(await bot.Subscribers.GetAsync(new SubscriberKey(1003, 0)));
    }

    [Fact]
    public async Task Zero_width_characters_in_subscribe_and_timezone_arguments_are_ignored()
    {
        var user = bot.User(1031);
        await user.SendAsync("/subscribe vic\u200Btory-plan\u200D");
        Assert.Contains("Subscribed to <b>Victory plan</b>", (await user.ReplyAsync()).Text);
        await user.SendAsync("/timezone \uFEFFEurope/\u2060Kyiv");
        Assert.Contains("Time zone set to Europe/Kyiv", (await user.ReplyAsync()).Text);

        var subscriber = await bot.Subscribers.GetAsync(new SubscriberKey(1031, 0));
        Assert.Equal(["victory-plan"], subscriber!.Topics.Select(t => t.Slug));
        Assert.Equal("Europe/Kyiv", subscriber.TimeZone);
    }

    [Fact]
    public async Task A_command_sent_while_another_process_holds_the_write_lock_for_ten_seconds_is_applied_once_the_lock_goes()
    {
        var user = bot.User(1032);
        await user.SendAsync("/subscriptions"); // the bot's database is open and migrated before the lock is taken
        await user.ReplyAsync();
        await using var other = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={bot.DatabasePath}");
        await other.OpenAsync();
        var transaction = other.BeginTransaction(deferred: false);

        await user.SendAsync("/subscribe nato-accession");
        await Task.Delay(TimeSpan.FromSeconds(10));
        Assert.Empty(await user.UnreadAsync());
        transaction.Commit();

        Assert.Contains("Subscribed to <b>NATO accession</b>", (await user.ReplyAsync()).Text);
        Assert.Equal(["nato-accession"], (await bot.Subscribers.GetAsync(new SubscriberKey(1032, 0)))!.Topics.Select(t => t.Slug));
        Assert.DoesNotContain((await user.HistoryAsync()), r => r.Text.Contains("Sorry"));
    }

    [Fact]
    public async Task Time_and_time_zone_are_checked_stored_and_answered_with_the_next_delivery()
    {
        var user = bot.User(1004);
        await user.SendAsync("/time 25:00");
        Assert.Contains("“25:00” is not a time", (await user.ReplyAsync()).Text);
        await user.SendAsync("/timezone Mars/Olympus");
        Assert.Contains("“Mars/Olympus” is not a time zone I know", (await user.ReplyAsync()).Text);
        Assert.Null(await bot.Subscribers.GetAsync(new SubscriberKey(1004, 0)));

        await user.SendAsync("/timezone America/New_York");
        Assert.Contains("Time zone set to America/New_York", (await user.ReplyAsync()).Text);
        await user.SendAsync("/time 07:30");
        var reply = (await user.ReplyAsync()).Text;
        Assert.Contains("Daily digest at 07:30 (America/New_York). Next:", reply);
        Assert.Contains("07:30.", reply);

        var subscriber = await bot.Subscribers.GetAsync(new SubscriberKey(1004, 0));
        Assert.Equal(new TimeOnly(7, 30), subscriber!.DeliveryTime);
        Assert.Equal("America/New_York", subscriber.TimeZone);
        var nextLocal = TimeZoneInfo.ConvertTime(subscriber.NextDueUtc!.Value, TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));
        Assert.Equal(new TimeOnly(7, 30), TimeOnly.FromDateTime(nextLocal.DateTime));
        Assert.InRange(subscriber.NextDueUtc.Value, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(1));
    }

    [Fact]
    public async Task Filter_pause_resume_and_stop_are_stored()
    {
        var user = bot.User(1005);
        await user.SendAsync("/subscribe nato-accession");
        await user.ReplyAsync();
        await user.SendAsync("/filter nato-accession +Summit -trump");
        Assert.Contains("Filter of <b>NATO accession</b> (<code>nato-accession</code>) set: +summit -trump", (await user.ReplyAsync()).Text);
        var topic = (await bot.Subscribers.GetAsync(new SubscriberKey(1005, 0)))!.Topics.Single();
        Assert.Equal(["summit"], topic.Filter.Keep);
        Assert.Equal(["trump"], topic.Filter.Drop);

        await user.SendAsync("/filter nato-accession summit");
        Assert.Contains("“summit” needs a + (keep) or - (drop)", (await user.ReplyAsync()).Text);
        await user.SendAsync("/filter victory-plan +x");
        Assert.Contains("You are not subscribed to <b>Victory plan</b>", (await user.ReplyAsync()).Text);
        await user.SendAsync("/filter nato-accession clear");
        Assert.Contains("cleared", (await user.ReplyAsync()).Text);
        Assert.False((await bot.Subscribers.GetAsync(new SubscriberKey(1005, 0)))!.Topics.Single().HasFilter);

        await user.SendAsync("/pause");
        Assert.Contains("Paused", (await user.ReplyAsync()).Text);
        Assert.True((await bot.Subscribers.GetAsync(new SubscriberKey(1005, 0)))!.IsPaused);
        await user.SendAsync("/resume");
        Assert.Contains("Resumed", (await user.ReplyAsync()).Text);
        Assert.False((await bot.Subscribers.GetAsync(new SubscriberKey(1005, 0)))!.IsPaused);

        await user.SendAsync("/stop");
        Assert.Contains("Stopped", (await user.ReplyAsync()).Text);
        Assert.Null(await bot.Subscribers.GetAsync(new SubscriberKey(1005, 0)));
    }

    [Fact]
    public async Task Bad_input_each_gets_a_short_helpful_reply()
    {
        var user = bot.User(1006);
        (string Input, string Expected)[] cases =
        [
            ("/frobnicate", "I don't know /frobnicate. /help lists what I can do."),
            ("/subscribe", "Which topic?"),
            ("/unsubscribe", "Which topic?"),
            ("/time", "Send the hour of your daily digest as HH:MM"),
            ("/timezone", "Send an IANA time zone"),
            ("/filter", "/filter &lt;topic&gt; +word -word"),
            ("/latest many", "Send /latest or /latest N with N from 1 to 20."),
            ("/search", "What should I look for?"),
            ("/pause", "You have no subscriptions."),
            ("hello there", "I answer commands: /help lists them."),
            (new string('x', 1500), "That message is too long for me (1500 characters)."),
        ];
        foreach (var (input, expected) in cases)
        {
            await user.SendAsync(input);
            Assert.Contains(expected, (await user.ReplyAsync()).Text);
        }
        await user.SendLocationAsync();
        Assert.Contains("I read text commands only.", (await user.ReplyAsync()).Text);
    }

    [Fact]
    public async Task Help_and_topics_list_what_a_user_can_do()
    {
        var user = bot.User(1007);
        await user.SendAsync("/help");
        var help = (await user.ReplyAsync()).Text;
        foreach (var command in new[] { "/start", "/topics", "/subscribe &lt;topic&gt;", "/unsubscribe &lt;topic|all&gt;", "/subscriptions", "/digest [topic]", "/latest [n]", "/search &lt;query&gt;", "/time HH:MM", "/timezone &lt;zone&gt;", "/filter", "/pause", "/resume", "/stop" })
            Assert.Contains(command, help);
        Assert.DoesNotContain("/admin", help);

        await user.SendAsync("/topics");
        var topics = await user.ReplyAsync();
        Assert.Contains("• <b>Security guarantees</b> (<code>security-guarantees</code>)", topics.Text);
        Assert.Equal(3, topics.Buttons.Count);

        // A press redraws the list too, with the tick in the text.
        await user.PressAsync(topics, topics.Buttons.Single(b => b.Text == "Security guarantees").Data);
        var redrawn = await WaitForAsync(async () => (await user.HistoryAsync()).Single(r => r.MessageId == topics.MessageId),
            r => r.Text.Contains("✓ <b>Security guarantees</b>"));
        Assert.Contains("✓ Security guarantees", redrawn.Buttons.Select(b => b.Text));
    }

    [Fact]
    public async Task A_command_for_another_bot_is_ignored_and_one_for_this_bot_answered()
    {
        var user = bot.User(1008);
        await user.SendAsync("/subscribe@OtherBot nato-accession");
        // The emulator's getMe calls the bot TestNameBot.
        await user.SendAsync("/subscribe@TestNameBot victory-plan");
        var replies = await user.RepliesAsync(1);
        Assert.Contains("Victory plan", replies.Single().Text);
        Assert.Equal(["victory-plan"], (await bot.Subscribers.GetAsync(new SubscriberKey(1008, 0)))!.Topics.Select(t => t.Slug));
        Assert.Empty(await user.UnreadAsync());
    }

    [Fact]
    public async Task Admin_stats_answer_operators_and_look_unknown_to_everyone_else()
    {
        var subscriber = bot.User(1009);
        await subscriber.SendAsync("/subscribe victory-plan");
        await subscriber.ReplyAsync();

        var stranger = bot.User(1010);
        await stranger.SendAsync("/admin stats");
        Assert.Equal("I don't know /admin. /help lists what I can do.", (await stranger.ReplyAsync()).Text);

        var operatorUser = bot.User(BotUnderTest.OperatorId);
        await operatorUser.SendAsync("/admin stats");
        var stats = (await operatorUser.ReplyAsync()).Text;
        Assert.Contains("Subscribers: 1", stats);
        Assert.Contains("Active: 1", stats);
        Assert.Contains("Deliveries today: 0", stats);
        Assert.Contains("Failures: 0", stats);

        var feeds = new FeedRepository(new SqliteDatabase(bot.DatabasePath));
        await feeds.AddAsync("https://ledger.example/rss.xml", "Kyiv Ledger", DateTimeOffset.UtcNow);
        await feeds.AddAsync("https://broken.example/feed", null, DateTimeOffset.UtcNow);
        await feeds.RecordPullAsync("https://broken.example/feed", new FeedPull(
            new DateTimeOffset(2025, 6, 3, 9, 0, 0, TimeSpan.Zero), false, "HTTP 500 Internal Server Error", new DateTimeOffset(2025, 6, 3, 9, 15, 0, TimeSpan.Zero)));
        await operatorUser.SendAsync("/admin feeds");
        Assert.Equal(
            "<b>Feeds</b> (2)\n"
            + "<b>untitled</b> https://broken.example/feed\nfailing (1 in a row): HTTP 500 Internal Server Error; last 2025-06-03 09:00 UTC; next 2025-06-03 09:15 UTC\n"
            + "<b>Kyiv Ledger</b> https://ledger.example/rss.xml\nnot fetched yet",
            (await operatorUser.ReplyAsync()).Text);
    }

    [Fact]
    public async Task The_missing_setMyCommands_of_the_emulator_is_logged_and_the_token_never_is()
    {
        var user = bot.User(1011);
        await user.SendAsync("/help");
        await user.ReplyAsync();
        await WaitForAsync(() => Task.FromResult(bot.Logs.Lines), lines => lines.Any(l => l.Contains("setMyCommands")));
        Assert.DoesNotContain(bot.Logs.Lines, line => line.Contains(bot.Token) || line.Contains(bot.Token.Split(':')[1]));
    }

    internal static async Task<T> WaitForAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (true)
        {
            var value = await read();
            if (done(value)) return value;
            await Task.Delay(100, timeout.Token);
        }
    }
}
