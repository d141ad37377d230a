using Briefing.Store.Chats;
using Briefing.Store.Database;
using Briefing.Telegram.Commands;
using Briefing.Telegram.Tests.EndToEnd;
using Briefing.Telegram.Tests.Fakes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Telegram.Tests.Updates;

/// <summary>The polling loop against the fault-injecting fake Bot API on loopback.</summary>
public sealed class UpdatePollerTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);
    private FakeBotApiServer api = null!;

    public async Task InitializeAsync() => api = await FakeBotApiServer.StartAsync();

    public async Task DisposeAsync() => await api.DisposeAsync();

    private BotUnderTest Bot(Dictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null) =>
        new(api.BaseUrl, api.Token, settings, services);

    [Fact]
    public async Task Polling_learns_its_name_clears_the_webhook_then_answers_and_records_the_update()
    {
        await using var bot = Bot();
        var id = api.AddUpdate(FakeUpdates.TextMessage(42, 42, "/subscribe@briefing_test_bot nato-accession"));
        await bot.StartAsync();

        var sent = await api.WaitForRequestsAsync("sendMessage", 1, Wait);
        Assert.Contains("Subscribed to <b>NATO accession</b>", sent[0].Text);
        var methods = api.Requests.Select(r => r.Method).ToList();
        Assert.True(methods.IndexOf("getMe") < methods.IndexOf("getUpdates"));
        Assert.True(methods.IndexOf("deleteWebhook") < methods.IndexOf("getUpdates"));
        var menu = (await api.WaitForRequestsAsync("setMyCommands", 1, Wait))[0].Body["commands"]!.AsArray();
        Assert.Contains(menu, c => c!["command"]!.GetValue<string>() == "subscribe");
        Assert.DoesNotContain(menu, c => c!["command"]!.GetValue<string>() == "admin");
        await BotConversationTests.WaitForAsync(() => bot.State.GetAsync("last_update_id"), v => v == id.ToString());
    }

    [Fact]
    public async Task Server_errors_on_getUpdates_back_off_and_the_loop_recovers()
    {
        api.Script("getUpdates", FakeAnswer.ServerError(), times: 2);
        api.AddUpdate(FakeUpdates.TextMessage(42, 42, "/help"));
        await using var bot = Bot();
        await bot.StartAsync();

        await api.WaitForRequestsAsync("sendMessage", 1, Wait);
        var polls = api.RequestsTo("getUpdates");
        // Backoff: at least 1 s after the first failure and 2 s after the second.
        Assert.True(polls[1].ReceivedAt - polls[0].ReceivedAt >= TimeSpan.FromMilliseconds(900));
        Assert.True(polls[2].ReceivedAt - polls[1].ReceivedAt >= TimeSpan.FromMilliseconds(1900));
        Assert.Contains(bot.Logs.Lines, l => l.Contains("getUpdates works again after 2 failure(s)"));
    }

    [Fact]
    public async Task A_server_that_answers_at_once_with_nothing_does_not_make_the_loop_spin()
    {
        await using var bot = Bot(new() { ["Telegram:PollTimeoutSeconds"] = "0" });
        await bot.StartAsync();
        await api.WaitForRequestsAsync("getUpdates", 1, Wait);
        await Task.Delay(TimeSpan.FromSeconds(2));
        // A spinning loop makes hundreds of calls in two seconds; the idle pause allows about four.
        Assert.InRange(api.RequestsTo("getUpdates").Count, 1, 10);
    }

    [Fact]
    public async Task A_failing_handler_is_logged_the_user_gets_an_apology_and_the_next_update_is_handled()
    {
        await using var bot = Bot(new() { ["Telegram:Operators:0"] = "42" });
        // /admin stats reads the outbox, which is gone from the database file.
        await new SqliteDatabase(bot.DatabasePath).EnsureReadyAsync();
        await using (var connection = new SqliteConnection($"Data Source={bot.DatabasePath}"))
        {
            await connection.OpenAsync();
            await using var drop = connection.CreateCommand();
            drop.CommandText = "DROP TABLE outbox";
            await drop.ExecuteNonQueryAsync();
        }
        api.AddUpdate(FakeUpdates.TextMessage(42, 42, "/admin stats"));
        var second = api.AddUpdate(FakeUpdates.TextMessage(42, 42, "/help"));
        await bot.StartAsync();

        var sent = await api.WaitForRequestsAsync("sendMessage", 2, Wait);
        Assert.Equal("Sorry, something went wrong on my side. Please try again in a minute.", sent[0].Text);
        Assert.Contains("/subscribe", sent[1].Text);
        Assert.Contains(bot.Logs.Lines, l => l.StartsWith("Error") && l.Contains("failed") && l.Contains("no such table: outbox"));
        await BotConversationTests.WaitForAsync(() => bot.State.GetAsync("last_update_id"), v => v == second.ToString());
    }

    [Fact]
    public async Task A_database_that_cannot_be_opened_at_first_is_retried_and_the_loop_carries_on()
    {
        // The database's folder cannot be created while a file stands in its place.
        var blocker = Path.Combine(Path.GetTempPath(), "briefing-blocker-" + Guid.NewGuid().ToString("N"));
        await File.WriteAllTextAsync(blocker, "not a folder");
        var databasePath = Path.Combine(blocker, "briefing.db");
        try
        {
            await using var bot = Bot(new() { ["Database:Path"] = databasePath });
            var id = api.AddUpdate(FakeUpdates.TextMessage(42, 42, "/help"));
            await bot.StartAsync();
            await BotConversationTests.WaitForAsync(() => Task.FromResult(bot.Logs.Lines), lines => lines.Any(l => l.Contains("Could not read the last handled update id")));
            File.Delete(blocker);

            var sent = await api.WaitForRequestsAsync("sendMessage", 1, Wait);
            Assert.Contains("/subscribe", sent[0].Text);
            var state = new BotStateRepository(new SqliteDatabase(databasePath));
            await BotConversationTests.WaitForAsync(() => state.GetAsync("last_update_id"), v => v == id.ToString());
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (File.Exists(blocker)) File.Delete(blocker);
            if (Directory.Exists(blocker)) Directory.Delete(blocker, recursive: true);
        }
    }

    [Fact]
    public async Task Stopping_ends_a_long_poll_cleanly()
    {
        await using var bot = Bot(new() { ["Telegram:PollTimeoutSeconds"] = "25" });
        await bot.StartAsync();
        await api.WaitForRequestsAsync("getUpdates", 1, Wait);
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await bot.StopAsync().WaitAsync(deadline.Token);
        Assert.Contains(bot.Logs.Lines, l => l.Contains("Update loop stopped"));
        Assert.DoesNotContain(bot.Logs.Lines, l => l.StartsWith("Error") || l.StartsWith("Critical"));
    }

    [Fact]
    public async Task A_group_upgraded_to_a_supergroup_moves_its_subscriptions()
    {
        await using var bot = Bot();
        var old = new SubscriberKey(-100, 0);
        await bot.Subscribers.EnsureAsync(new NewSubscriber(old, "group", "Newsroom"));
        await bot.Subscribers.SubscribeAsync(old, "victory-plan");
        var update = FakeUpdates.TextMessage(-100, 5, "");
        update["message"]!.AsObject().Remove("text");
        update["message"]!["migrate_to_chat_id"] = -1009999;
        var id = api.AddUpdate(update);
        await bot.StartAsync();

        await BotConversationTests.WaitForAsync(() => bot.State.GetAsync("last_update_id"), v => v == id.ToString());
        Assert.Null(await bot.Subscribers.GetAsync(old));
        Assert.Equal(["victory-plan"], (await bot.Subscribers.GetAsync(new SubscriberKey(-1009999, 0)))!.Topics.Select(t => t.Slug));
    }

    [Fact]
    public async Task A_chat_whose_replies_are_paced_does_not_hold_up_another_chat_and_each_chat_stays_in_order()
    {
        // One reply a second per chat: the sequential loop answered chat 2 only after all three of chat 1's replies.
        await using var bot = Bot(new() { ["Telegram:PerChatPerSecond"] = "1" });
        api.AddUpdate(FakeUpdates.TextMessage(1, 1, "/help"));
        api.AddUpdate(FakeUpdates.TextMessage(1, 1, "/topics"));
        api.AddUpdate(FakeUpdates.TextMessage(1, 1, "/subscriptions"));
        var last = api.AddUpdate(FakeUpdates.TextMessage(2, 2, "/help"));
        await bot.StartAsync();

        var sent = await api.WaitForRequestsAsync("sendMessage", 4, Wait);
        var order = sent.Select(r => (r.ChatId, r.Text)).ToList();
        var secondChat = order.FindIndex(r => r.ChatId == 2);
        var firstChatReplies = order.Where(r => r.ChatId == 1).Select(r => r.Text!).ToList();
        Assert.True(secondChat < 2, $"chat 2 was answered as reply {secondChat + 1} of 4");
        Assert.Contains("/subscribe", firstChatReplies[0]);
        Assert.Contains("<b>Topics</b>", firstChatReplies[1]);
        Assert.Contains("no subscriptions", firstChatReplies[2]);
        await BotConversationTests.WaitForAsync(() => bot.State.GetAsync("last_update_id"), v => v == last.ToString());
    }

    [Fact]
    public async Task Malformed_updates_in_a_batch_are_skipped_and_every_valid_one_is_answered()
    {
        await using var bot = Bot();
        api.AddUpdate(FakeUpdates.TextMessage(1, 1, "/help"));
        var noChat = FakeUpdates.TextMessage(2, 2, "/help");
        noChat["message"]!.AsObject().Remove("chat");
        api.AddUpdate(noChat);
        var numberText = FakeUpdates.TextMessage(3, 3, "/help");
        numberText["message"]!["text"] = 12345;
        api.AddUpdate(numberText);
        var last = api.AddUpdate(FakeUpdates.TextMessage(4, 4, "/help"));
        await bot.StartAsync();

        var sent = await api.WaitForRequestsAsync("sendMessage", 2, Wait);
        Assert.Equal([1L, 4L], sent.Select(r => r.ChatId!.Value).Order());
        await BotConversationTests.WaitForAsync(() => bot.State.GetAsync("last_update_id"), v => v == last.ToString());
        Assert.Equal(2, bot.Logs.Lines.Count(l => l.Contains("Skipped update")));
    }
}
