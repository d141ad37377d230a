using Briefing.Telegram.Api;
using Briefing.Telegram.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Briefing.Telegram.Tests.Api;

public sealed class TelegramBotApiTests : IAsyncLifetime
{
    private FakeBotApiServer _server = null!;
    private readonly CapturingLoggerProvider _logs = new();

    public async Task InitializeAsync() => _server = await FakeBotApiServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private ITelegramBotApi Api(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null) =>
        TelegramTestHost.Build(_server, _logs, settings, configure).Services.GetRequiredService<ITelegramBotApi>();

    [Fact]
    public async Task Send_message_posts_snake_case_json_without_nulls_and_returns_the_sent_message()
    {
        var keyboard = new InlineKeyboardMarkup([[new InlineKeyboardButton("Economy") { CallbackData = "sub:economy" }]]);
        var request = new SendMessageRequest(42, "<b>Hello</b>")
        {
            MessageThreadId = 7,
            LinkPreviewOptions = new LinkPreviewOptions(IsDisabled: true),
            ReplyMarkup = keyboard,
        };

        var sent = await Api().SendAsync(request);

        var call = Assert.Single(_server.Requests);
        Assert.Equal("sendMessage", call.Method);
        Assert.Equal(42, call.Body["chat_id"]!.GetValue<long>());
        Assert.Equal("<b>Hello</b>", call.Body["text"]!.GetValue<string>());
        Assert.Equal("HTML", call.Body["parse_mode"]!.GetValue<string>());
        Assert.Equal(7, call.Body["message_thread_id"]!.GetValue<int>());
        Assert.True(call.Body["link_preview_options"]!["is_disabled"]!.GetValue<bool>());
        var button = call.Body["reply_markup"]!["inline_keyboard"]![0]![0]!.AsObject();
        Assert.Equal("sub:economy", button["callback_data"]!.GetValue<string>());
        Assert.False(button.ContainsKey("url"), "null properties are left out of the body");
        Assert.False(call.Body.ContainsKey("method_name"), "the method is in the URL, not the body");

        Assert.Equal(42, sent.Chat.Id);
        Assert.Equal("private", sent.Chat.Type);
        Assert.Equal(7, sent.MessageThreadId);
        Assert.Equal("<b>Hello</b>", sent.Text);
        Assert.True(sent.MessageId > 0);
    }

    [Fact]
    public async Task Get_me_and_boolean_methods_read_their_results()
    {
        var api = Api();

        var me = await api.SendAsync(new GetMeRequest());
        var registered = await api.SendAsync(new SetMyCommandsRequest([new BotCommand("start", "Welcome and topics")]));

        Assert.Equal(_server.BotId, me.Id);
        Assert.True(me.IsBot);
        Assert.Equal("briefing_test_bot", me.Username);
        Assert.True(registered);
        Assert.Equal("start", _server.RequestsTo("setMyCommands").Single().Body["commands"]![0]!["command"]!.GetValue<string>());
    }

    [Fact]
    public async Task Get_updates_returns_queued_updates_from_the_offset_on()
    {
        var first = _server.AddUpdate(FakeUpdates.TextMessage(42, 42, "/start"));
        _server.AddUpdate(FakeUpdates.TextMessage(42, 42, "/help topics"));

        var updates = await Api().SendAsync(new GetUpdatesRequest { Offset = first + 1, Timeout = 0 });

        var update = Assert.Single(updates);
        Assert.Equal(first + 1, update.UpdateId);
        Assert.Equal("/help topics", update.Message!.Text);
        Assert.Equal(42, update.Message.Chat.Id);
        Assert.Equal(new MessageEntity("bot_command", 0, 5), Assert.Single(update.Message.Entities!));
    }

    [Fact]
    public async Task A_long_poll_longer_than_the_request_timeout_is_not_cut_off()
    {
        var api = Api(new Dictionary<string, string?> { ["Telegram:RequestTimeoutSeconds"] = "2" });

        var updates = await api.SendAsync(new GetUpdatesRequest { Timeout = 3 });

        Assert.Empty(updates);
    }

    [Fact]
    public async Task An_error_answer_carries_code_description_and_retry_after()
    {
        _server.Script("sendMessage", FakeAnswer.TooManyRequests(7));

        var error = await Assert.ThrowsAsync<BotApiException>(() => Api().SendAsync(new SendMessageRequest(42, "hi")));

        Assert.Equal("sendMessage", error.Method);
        Assert.Equal(429, error.ErrorCode);
        Assert.Equal(TimeSpan.FromSeconds(7), error.RetryAfter);
        Assert.Null(error.MigrateToChatId);
        Assert.Equal("Too Many Requests: retry after 7", error.Description);
    }

    [Fact]
    public async Task A_migration_answer_carries_the_new_chat_id()
    {
        _server.Script("sendMessage", FakeAnswer.GroupMigrated(-1001234567890));

        var error = await Assert.ThrowsAsync<BotApiException>(() => Api().SendAsync(new SendMessageRequest(-555, "hi")));

        Assert.Equal(400, error.ErrorCode);
        Assert.Equal(-1001234567890, error.MigrateToChatId);
        Assert.Null(error.RetryAfter);
    }

    [Fact]
    public async Task An_html_error_page_is_a_transport_failure_with_its_status()
    {
        _server.Script("sendMessage", FakeAnswer.HtmlBadGateway());

        var error = await Assert.ThrowsAsync<BotTransportException>(() => Api().SendAsync(new SendMessageRequest(42, "hi")));

        Assert.Equal(BotTransportFailure.InvalidAnswer, error.Failure);
        Assert.Equal(502, error.HttpStatusCode);
        Assert.Equal("sendMessage", error.Method);
    }

    [Fact]
    public async Task A_server_that_never_answers_times_out_as_a_transport_failure()
    {
        _server.Script("sendMessage", FakeAnswer.Hang());
        var api = Api(new Dictionary<string, string?> { ["Telegram:RequestTimeoutSeconds"] = "1" });

        var error = await Assert.ThrowsAsync<BotTransportException>(() => api.SendAsync(new SendMessageRequest(42, "hi")));

        Assert.Equal(BotTransportFailure.Timeout, error.Failure);
    }

    [Fact]
    public async Task A_caller_cancellation_is_a_cancellation_not_a_timeout()
    {
        _server.Script("sendMessage", FakeAnswer.Hang());
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Api().SendAsync(new SendMessageRequest(42, "hi"), cancel.Token));
    }

    [Fact]
    public async Task A_closed_port_is_an_unreachable_transport_failure()
    {
        var api = Api(new Dictionary<string, string?> { ["Telegram:ApiBaseUrl"] = ClosedPort.Url() });

        var error = await Assert.ThrowsAsync<BotTransportException>(() => api.SendAsync(new GetMeRequest()));

        Assert.Equal(BotTransportFailure.Unreachable, error.Failure);
        Assert.Equal("getMe", error.Method);
    }

    [Fact]
    public async Task The_token_appears_in_no_exception_and_no_log_line()
    {
        var token = _server.Token;
        var failures = new List<Exception>();
        var api = Api();
        foreach (var answer in new[] { FakeAnswer.TooManyRequests(3), FakeAnswer.HtmlBadGateway(), FakeAnswer.BotBlocked() })
        {
            _server.Script("sendMessage", answer);
            failures.Add(await Assert.ThrowsAnyAsync<Exception>(() => api.SendAsync(new SendMessageRequest(42, "hi"))));
        }
        _server.Script("sendMessage", FakeAnswer.Hang());
        var impatient = Api(new Dictionary<string, string?> { ["Telegram:RequestTimeoutSeconds"] = "1" });
        failures.Add(await Assert.ThrowsAnyAsync<Exception>(() => impatient.SendAsync(new SendMessageRequest(42, "hi"))));
        var closed = Api(new Dictionary<string, string?> { ["Telegram:ApiBaseUrl"] = ClosedPort.Url() });
        failures.Add(await Assert.ThrowsAnyAsync<Exception>(() => closed.SendAsync(new GetMeRequest())));
        // HttpClient itself may quote the request URL in a failure; the client must not pass that on.
        var quoting = Api(configure: services => services.AddHttpClient(TelegramBotApi.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new UrlQuotingFailureHandler()));
        failures.Add(await Assert.ThrowsAnyAsync<Exception>(() => quoting.SendAsync(new GetMeRequest())));
        await api.SendAsync(new SendMessageRequest(42, "a success is logged too, if at all"));

        Assert.Equal(6, failures.Count);
        Assert.All(failures, e => Assert.DoesNotContain(token, e.ToString()));
        Assert.All(failures, e => Assert.DoesNotContain(token, e.Message));
        Assert.IsType<BotTransportException>(failures[^1]);
        Assert.All(_logs.Lines, line => Assert.DoesNotContain(token, line));
        Assert.DoesNotContain("bot" + token, _server.BaseUrl);
    }

    [Fact]
    public async Task Without_a_token_no_call_is_made()
    {
        var api = Api(new Dictionary<string, string?> { ["Telegram:Token"] = "" });

        await Assert.ThrowsAsync<InvalidOperationException>(() => api.SendAsync(new GetMeRequest()));

        Assert.Empty(_server.Requests);
    }

    private sealed class UrlQuotingFailureHandler : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            throw new HttpRequestException($"Connection reset while sending to {request.RequestUri}");
    }
}
