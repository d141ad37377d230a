using Briefing.Telegram.Sending;
using Briefing.Telegram.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Requests;

namespace Briefing.Telegram.Tests.Api;

/// <summary>The Telegram.Bot client as AddTelegramApi registers it, against the fake Bot API on loopback.</summary>
public sealed class BotClientTests : IAsyncLifetime
{
    private FakeBotApiServer server = null!;
    private readonly CapturingLoggerProvider logs = new();

    public async Task InitializeAsync() => server = await FakeBotApiServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task A_flood_wait_is_left_to_the_sender_the_client_calls_once()
    {
        server.Script("getMe", FakeAnswer.TooManyRequests(1));
        var client = TelegramTestHost.Build(server, logs).Services.GetRequiredService<ITelegramBotClient>();

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => client.SendRequest(new GetMeRequest()));

        Assert.Equal(429, error.ErrorCode);
        Assert.Equal(1, error.Parameters!.RetryAfter);
        Assert.Single(server.RequestsTo("getMe"));
    }

    [Fact]
    public async Task A_long_poll_longer_than_the_request_timeout_is_not_cut_off_but_other_calls_are()
    {
        var client = TelegramTestHost.Build(server, logs, new Dictionary<string, string?>
        {
            ["Telegram:RequestTimeoutSeconds"] = "1",
            ["Telegram:PollTimeoutSeconds"] = "3",
        }).Services.GetRequiredService<ITelegramBotClient>();
        server.Script("getMe", FakeAnswer.Hang());

        var updates = await client.SendRequest(new GetUpdatesRequest { Timeout = 2 });
        var hung = await Assert.ThrowsAsync<RequestException>(() => client.SendRequest(new GetMeRequest()));

        Assert.Empty(updates);
        Assert.Contains("did not answer within 1 s", hung.Message);
    }

    [Fact]
    public async Task The_token_appears_in_no_exception_and_no_log_line()
    {
        server.Script("sendMessage", FakeAnswer.ServerError(), times: 2);
        server.Script("sendMessage", FakeAnswer.HtmlBadGateway());
        var host = TelegramTestHost.Build(server, logs, new Dictionary<string, string?> { ["Telegram:RetryBaseDelayMilliseconds"] = "10" },
            services => services.AddSingleton<IChatLifecycle>(new RecordingChatLifecycle()));
        var sender = host.Services.GetRequiredService<IMessageSender>();
        var unreachable = TelegramTestHost.Build(server, logs, new Dictionary<string, string?> { ["Telegram:ApiBaseUrl"] = ClosedPort.Url() })
            .Services.GetRequiredService<ITelegramBotClient>();

        await sender.SendAsync(new OutgoingMessage(42, null, "hi"));
        var refused = await Assert.ThrowsAsync<RequestException>(() => unreachable.SendRequest(new GetMeRequest()));

        Assert.NotEmpty(logs.Lines);
        Assert.All(logs.Lines, line => Assert.DoesNotContain(server.Token, line));
        Assert.DoesNotContain(server.Token, refused.ToString());
    }

    [Fact]
    public void Without_a_token_no_client_is_built()
    {
        var host = TelegramTestHost.Build(server, logs, new Dictionary<string, string?> { ["Telegram:Token"] = "" });

        var error = Assert.Throws<InvalidOperationException>(() => host.Services.GetRequiredService<ITelegramBotClient>());

        Assert.Contains("local mode", error.Message);
        Assert.Empty(server.Requests);
    }
}
