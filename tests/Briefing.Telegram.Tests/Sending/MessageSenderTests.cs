using Briefing.Telegram.Sending;
using Briefing.Telegram.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Telegram.Bot.Types.ReplyMarkups;

namespace Briefing.Telegram.Tests.Sending;

/// <summary>The sender against the fault-injecting fake Bot API over real HTTP on loopback.</summary>
public sealed class MessageSenderTests : IAsyncLifetime
{
    private const long PrivateChat = 4242;
    private const long Group = -555;

    private FakeBotApiServer _server = null!;
    private readonly RecordingChatLifecycle _chats = new();
    private readonly CapturingLoggerProvider _logs = new();

    public async Task InitializeAsync() => _server = await FakeBotApiServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    /// <summary>Short backoff and a loose per-chat limit, so retries are quick; pacing tests pass their own limits.</summary>
    private IMessageSender Sender(Dictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Telegram:RetryBaseDelayMilliseconds"] = "20",
            ["Telegram:MaxRetries"] = "3",
            // Generous: on a busy machine a short timeout would turn a scripted answer into a timeout and a retry.
            ["Telegram:RequestTimeoutSeconds"] = "10",
            ["Telegram:PerChatPerSecond"] = "100",
        };
        foreach (var (key, value) in settings ?? []) all[key] = value;
        return TelegramTestHost.Build(_server, _logs, all, services => services.AddSingleton<IChatLifecycle>(_chats))
            .Services.GetRequiredService<IMessageSender>();
    }

    [Fact]
    public async Task A_message_is_sent_as_html_without_link_preview_into_its_thread()
    {
        var keyboard = new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("More", "more"));

        var result = await Sender().SendAsync(new OutgoingMessage(Group, 12, "<b>Economy</b>", keyboard));

        var sent = Assert.IsType<SendResult.Sent>(result);
        var call = Assert.Single(_server.RequestsTo("sendMessage"));
        Assert.Equal(Group, sent.ChatId);
        Assert.Equal(1, sent.Attempts);
        Assert.True(sent.MessageId > 0);
        Assert.Equal(Group, call.ChatId);
        Assert.Equal(12, call.Body["message_thread_id"]!.GetValue<int>());
        // The library writes "Html"; Telegram reads parse_mode without regard to case.
        Assert.Equal("html", call.Body["parse_mode"]!.GetValue<string>(), ignoreCase: true);
        Assert.True(call.Body["link_preview_options"]!["is_disabled"]!.GetValue<bool>());
        Assert.Equal("more", call.Body["reply_markup"]!["inline_keyboard"]![0]![0]!["callback_data"]!.GetValue<string>());
    }

    [Fact]
    public async Task Too_many_requests_waits_at_least_retry_after_before_the_retry()
    {
        _server.Script("sendMessage", FakeAnswer.TooManyRequests(1));

        var result = await Sender().SendAsync(new OutgoingMessage(PrivateChat, null, "hi"));

        Assert.Equal(2, Assert.IsType<SendResult.Sent>(result).Attempts);
        var calls = _server.RequestsTo("sendMessage");
        Assert.Equal(2, calls.Count);
        Assert.True(calls[1].ReceivedAt - calls[0].ReceivedAt >= TimeSpan.FromSeconds(1),
            $"retried after {(calls[1].ReceivedAt - calls[0].ReceivedAt).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task A_flood_wait_longer_than_the_maximum_fails_as_retryable_without_waiting()
    {
        _server.Script("sendMessage", FakeAnswer.TooManyRequests(3600));

        var result = await Sender().SendAsync(new OutgoingMessage(PrivateChat, null, "hi"));

        var failed = Assert.IsType<SendResult.Failed>(result);
        Assert.Equal(429, failed.ErrorCode);
        Assert.True(failed.Retryable);
        Assert.Equal(1, failed.Attempts);
        Assert.Single(_server.RequestsTo("sendMessage"));
    }

    [Fact]
    public async Task Server_errors_are_retried_until_the_message_goes_through()
    {
        _server.Script("sendMessage", FakeAnswer.ServerError(), times: 2);

        var result = await Sender().SendAsync(new OutgoingMessage(PrivateChat, null, "hi"));

        Assert.Equal(3, Assert.IsType<SendResult.Sent>(result).Attempts);
        Assert.Equal(3, _server.RequestsTo("sendMessage").Count);
    }

    [Fact]
    public async Task Retries_stop_at_the_bound_with_a_retryable_failure()
    {
        _server.Script("sendMessage", FakeAnswer.ServerError(), times: 100);

        var result = await Sender().SendAsync(new OutgoingMessage(PrivateChat, null, "hi"));

        var failed = Assert.IsType<SendResult.Failed>(result);
        Assert.Equal(500, failed.ErrorCode);
        Assert.True(failed.Retryable);
        Assert.Equal(4, failed.Attempts);
        Assert.Equal(4, _server.RequestsTo("sendMessage").Count);
    }

    [Fact]
    public async Task With_retries_turned_off_a_server_error_fails_after_one_attempt()
    {
        _server.Script("sendMessage", FakeAnswer.ServerError());

        var result = await Sender(new() { ["Telegram:MaxRetries"] = "0" }).SendAsync(new OutgoingMessage(PrivateChat, null, "hi"));

        var failed = Assert.IsType<SendResult.Failed>(result);
        Assert.True(failed.Retryable);
        Assert.Equal(1, failed.Attempts);
    }

    [Fact]
    public async Task A_server_that_hangs_times_out_and_the_retry_goes_through()
    {
        _server.Script("sendMessage", FakeAnswer.Hang());

        var result = await Sender(new() { ["Telegram:RequestTimeoutSeconds"] = "2" }).SendAsync(new OutgoingMessage(PrivateChat, null, "hi"));

        Assert.Equal(2, Assert.IsType<SendResult.Sent>(result).Attempts);
    }

    [Fact]
    public async Task A_message_accepted_with_an_answer_that_cannot_be_read_is_not_sent_again()
    {
        // An emulator's answer: HTTP 200, ok, but the date in milliseconds, which the Bot API client cannot read.
        _server.Script("sendMessage", new FakeAnswer(200, "application/json",
            """{"ok":true,"result":{"message_id":9,"date":1767600000000,"chat":{"id":4242,"type":"private"},"text":"hi"}}"""));

        var result = await Sender().SendAsync(new OutgoingMessage(PrivateChat, null, "hi"));

        var sent = Assert.IsType<SendResult.Sent>(result);
        Assert.Equal(SendResult.UnknownMessageId, sent.MessageId);
        Assert.Single(_server.RequestsTo("sendMessage"));
    }

    [Fact]
    public async Task An_edit_answered_ok_without_a_message_counts_as_done_and_is_not_retried()
    {
        _server.Script("editMessageText", new FakeAnswer(200, "application/json", """{"ok":true}"""));

        var result = await Sender().EditAsync(PrivateChat, 5, "new text");

        Assert.IsType<SendResult.Sent>(result);
        Assert.Single(_server.RequestsTo("editMessageText"));
    }

    [Fact]
    public async Task A_proxy_error_page_is_retried_like_a_server_error()
    {
        _server.Script("sendMessage", FakeAnswer.HtmlBadGateway());

        var result = await Sender().SendAsync(new OutgoingMessage(PrivateChat, null, "hi"));

        Assert.Equal(2, Assert.IsType<SendResult.Sent>(result).Attempts);
    }

    [Fact]
    public async Task An_unreachable_server_fails_as_retryable_after_the_bound()
    {
        var sender = Sender(new() { ["Telegram:ApiBaseUrl"] = ClosedPort.Url() });

        var result = await sender.SendAsync(new OutgoingMessage(PrivateChat, null, "hi"));

        var failed = Assert.IsType<SendResult.Failed>(result);
        Assert.Null(failed.ErrorCode);
        Assert.True(failed.Retryable);
        Assert.Equal(4, failed.Attempts);
    }

    [Theory]
    [InlineData(403, "Forbidden: bot was blocked by the user")]
    [InlineData(403, "Forbidden: user is deactivated")]
    [InlineData(403, "Forbidden: bot was kicked from the group chat")]
    [InlineData(400, "Bad Request: chat not found")]
    public async Task A_closed_chat_is_marked_unavailable_and_not_retried(int errorCode, string description)
    {
        _server.Script("sendMessage", FakeAnswer.Error(errorCode, description));

        var result = await Sender().SendAsync(new OutgoingMessage(PrivateChat, null, "hi"));

        var unavailable = Assert.IsType<SendResult.ChatUnavailable>(result);
        Assert.Equal(PrivateChat, unavailable.ChatId);
        Assert.Equal(errorCode, unavailable.ErrorCode);
        Assert.Equal([(PrivateChat, description)], _chats.Unavailable);
        Assert.Single(_server.RequestsTo("sendMessage"));
    }

    [Fact]
    public async Task An_upgraded_group_is_migrated_and_the_message_resent_to_the_new_id()
    {
        const long supergroup = -1001234567890;
        _server.Script("sendMessage", FakeAnswer.GroupMigrated(supergroup), chatId: Group);

        var result = await Sender().SendAsync(new OutgoingMessage(Group, null, "digest"));

        var sent = Assert.IsType<SendResult.Sent>(result);
        Assert.Equal(supergroup, sent.ChatId);
        Assert.Equal([(Group, supergroup)], _chats.Migrations);
        Assert.Equal([Group, supergroup], _server.RequestsTo("sendMessage").Select(r => r.ChatId!.Value));
        Assert.Equal("digest", _server.RequestsTo("sendMessage")[1].Text);
        Assert.Empty(_chats.Unavailable);
    }

    [Fact]
    public async Task An_edit_in_an_upgraded_group_migrates_the_chat_but_is_not_resent()
    {
        _server.Script("editMessageText", FakeAnswer.GroupMigrated(-100777));

        var result = await Sender().EditAsync(Group, 5, "new text");

        var failed = Assert.IsType<SendResult.Failed>(result);
        Assert.False(failed.Retryable);
        Assert.Equal([(Group, -100777L)], _chats.Migrations);
        Assert.Single(_server.RequestsTo("editMessageText"));
    }

    [Fact]
    public async Task A_rejected_message_fails_at_once_without_touching_the_chat()
    {
        _server.Script("sendMessage", FakeAnswer.Error(400, "Bad Request: can't parse entities: unsupported start tag \"foo\""));

        var result = await Sender().SendAsync(new OutgoingMessage(PrivateChat, null, "<foo>"));

        var failed = Assert.IsType<SendResult.Failed>(result);
        Assert.Equal(400, failed.ErrorCode);
        Assert.False(failed.Retryable);
        Assert.Equal(1, failed.Attempts);
        Assert.StartsWith("Bad Request: can't parse entities", failed.Description);
        Assert.Empty(_chats.Unavailable);
        Assert.Empty(_chats.Migrations);
    }

    [Fact]
    public async Task Messages_to_one_private_chat_reach_telegram_a_second_apart()
    {
        var sender = Sender(new() { ["Telegram:PerChatPerSecond"] = "1" });
        // Warm up the connection and the code paths elsewhere, so the first timed call is not slowed by them.
        await sender.SendAsync(new OutgoingMessage(PrivateChat + 1, null, "warm-up"));

        var results = await Task.WhenAll(Enumerable.Range(1, 3).Select(i => sender.SendAsync(new OutgoingMessage(PrivateChat, null, $"part {i}"))));

        Assert.All(results, r => Assert.IsType<SendResult.Sent>(r));
        var arrivals = _server.RequestsTo("sendMessage").Where(r => r.ChatId == PrivateChat).Select(r => r.ReceivedAt).ToArray();
        Assert.Equal(3, arrivals.Length);
        // The next message leaves a second after the previous one's answer, which came after the fake received it:
        // however loopback HTTP on a busy machine delays either, the arrivals are at least a second apart.
        for (var i = 1; i < arrivals.Length; i++)
            Assert.True(arrivals[i] - arrivals[i - 1] >= TimeSpan.FromSeconds(1), $"gap {i}: {(arrivals[i] - arrivals[i - 1]).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task Messages_to_other_chats_are_not_held_up_by_a_busy_chat()
    {
        // The busy chat waits out a half-minute flood wait; nothing here depends on how fast the machine is.
        _server.Script("sendMessage", FakeAnswer.TooManyRequests(30), chatId: PrivateChat);
        var sender = Sender();
        using var giveUp = new CancellationTokenSource();
        var busy = sender.SendAsync(new OutgoingMessage(PrivateChat, null, "held"), giveUp.Token);
        await _server.WaitForRequestsAsync("sendMessage", 1, TimeSpan.FromSeconds(30));

        var other = await sender.SendAsync(new OutgoingMessage(PrivateChat + 1, null, "other"));
        var busyStillWaiting = !busy.IsCompleted;
        await giveUp.CancelAsync();

        Assert.IsType<SendResult.Sent>(other);
        Assert.True(busyStillWaiting, "the busy chat's message was not held");
        Assert.Equal(["held", "other"], _server.RequestsTo("sendMessage").Select(r => r.Text));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => busy);
    }

    [Fact]
    public async Task A_cancelled_send_ends_with_a_cancellation()
    {
        _server.Script("sendMessage", FakeAnswer.ServerError(), times: 100);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        var sender = Sender(new() { ["Telegram:RetryBaseDelayMilliseconds"] = "10000" });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sender.SendAsync(new OutgoingMessage(PrivateChat, null, "hi"), cancel.Token));
    }

    [Fact]
    public async Task The_token_appears_in_no_log_line_of_a_troubled_send()
    {
        _server.Script("sendMessage", FakeAnswer.ServerError());
        _server.Script("sendMessage", FakeAnswer.HtmlBadGateway());
        _server.Script("sendMessage", FakeAnswer.Hang());
        _server.Script("sendMessage", FakeAnswer.GroupMigrated(-100999));
        _server.Script("sendMessage", FakeAnswer.BotKicked());

        var result = await Sender(new() { ["Telegram:RequestTimeoutSeconds"] = "2" }).SendAsync(new OutgoingMessage(Group, null, "hi"));

        Assert.IsType<SendResult.ChatUnavailable>(result);
        Assert.Contains(_logs.Lines, line => line.Contains("retrying", StringComparison.Ordinal));
        Assert.All(_logs.Lines, line => Assert.DoesNotContain(_server.Token, line));
    }
}
