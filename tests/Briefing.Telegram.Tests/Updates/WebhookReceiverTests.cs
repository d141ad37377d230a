using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Briefing.Telegram.Tests.EndToEnd;
using Briefing.Telegram.Tests.Fakes;
using Briefing.Telegram.Updates;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Briefing.Telegram.Tests.Updates;

/// <summary>Webhook mode on 127.0.0.1 with the fake Bot API: registration, the secret header, and each update handled once whatever the order of deliveries.</summary>
public sealed class WebhookReceiverTests : IAsyncLifetime
{
    private const string Secret = "s3cret_Token-1";
    private FakeBotApiServer api = null!;
    private BotUnderTest bot = null!;
    private readonly HttpClient http = new();
    private Uri endpoint = null!;

    public async Task InitializeAsync()
    {
        api = await FakeBotApiServer.StartAsync();
        bot = new BotUnderTest(api.BaseUrl, api.Token, new Dictionary<string, string?>
        {
            ["Telegram:Mode"] = "Webhook",
            ["Telegram:WebhookUrl"] = "https://bot.example.org/telegram/hook",
            ["Telegram:WebhookSecret"] = Secret,
            ["Telegram:WebhookListenUrl"] = "http://127.0.0.1:0",
            ["Telegram:WebhookMaxConnections"] = "40",
            // Many chats at once here; pacing has its own tests.
            ["Telegram:GlobalPerSecond"] = "1000",
        });
        await bot.StartAsync();
        var receiver = bot.Services.GetServices<IHostedService>().OfType<WebhookReceiver>().Single();
        endpoint = await receiver.Listening.WaitAsync(TimeSpan.FromSeconds(20));
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        await bot.DisposeAsync();
        await api.DisposeAsync();
    }

    private Task<HttpResponseMessage> PostAsync(long updateId, string text, string? secret = Secret, long chatId = 42) =>
        PostAsync(updateId, FakeUpdates.TextMessage(chatId, chatId, text), secret);

    private Task<HttpResponseMessage> PostAsync(long updateId, JsonObject update, string? secret = Secret)
    {
        update["update_id"] = updateId;
        var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = JsonContent.Create(update) };
        if (secret is not null) request.Headers.Add(WebhookReceiver.SecretHeader, secret);
        return http.SendAsync(request);
    }

    [Fact]
    public async Task The_webhook_is_registered_with_its_url_secret_and_connection_count()
    {
        var call = (await api.WaitForRequestsAsync("setWebhook", 1, TimeSpan.FromSeconds(20)))[0];
        Assert.Equal("https://bot.example.org/telegram/hook", call.Body["url"]!.GetValue<string>());
        Assert.Equal(Secret, call.Body["secret_token"]!.GetValue<string>());
        Assert.Equal(40, call.Body["max_connections"]!.GetValue<int>());
        Assert.Equal("127.0.0.1", endpoint.Host);
        Assert.Equal("/telegram/hook", endpoint.AbsolutePath);
        Assert.Empty(api.RequestsTo("getUpdates"));
    }

    [Fact]
    public async Task Requests_without_the_secret_are_refused_and_handle_nothing()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(1, "/help", secret: null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(2, "/help", secret: "wrong")).StatusCode);
        Assert.Empty(api.RequestsTo("sendMessage"));
        Assert.False(await bot.State.IsUpdateHandledAsync(1));
    }

    [Fact]
    public async Task An_update_with_the_secret_is_answered_and_a_repeated_delivery_is_not_answered_again()
    {
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(10, "/subscribe victory-plan")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(10, "/subscribe victory-plan")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(11, "/subscriptions")).StatusCode);

        var sent = api.RequestsTo("sendMessage");
        Assert.Equal(2, sent.Count);
        Assert.Contains("Subscribed to <b>Victory plan</b>", sent[0].Text);
        Assert.Contains("<b>Your topics</b>", sent[1].Text);
        Assert.True(await bot.State.IsUpdateHandledAsync(10));
        Assert.True(await bot.State.IsUpdateHandledAsync(11));
    }

    [Fact]
    public async Task Deliveries_over_many_connections_out_of_order_and_repeated_handle_every_update_exactly_once()
    {
        // 200 updates from 200 chats, each delivered twice, all shuffled and sent 40 at a time, as Telegram's
        // max_connections allows; a high-water mark would drop most of those that arrive after a higher id.
        var deliveries = Enumerable.Range(1, 200).SelectMany(id => new[] { id, id }).OrderBy(_ => Random.Shared.Next()).ToList();
        using var connections = new SemaphoreSlim(40);

        var statuses = await Task.WhenAll(deliveries.Select(async id =>
        {
            await connections.WaitAsync();
            try
            {
                return (await PostAsync(1000 + id, "/help", chatId: 5000 + id)).StatusCode;
            }
            finally
            {
                connections.Release();
            }
        }));

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
        var answered = api.RequestsTo("sendMessage").Select(r => r.ChatId!.Value).ToList();
        Assert.Equal(200, answered.Count);
        Assert.Equal(Enumerable.Range(5001, 200).Select(id => (long)id), answered.Order());
    }

    [Fact]
    public async Task A_malformed_update_is_acknowledged_and_skipped_and_the_next_one_answered()
    {
        var noChat = FakeUpdates.TextMessage(42, 42, "/help");
        noChat["message"]!.AsObject().Remove("chat");
        var numberText = FakeUpdates.TextMessage(42, 42, "/help");
        numberText["message"]!["text"] = 12345;

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(20, noChat)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(21, numberText)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(22, "/help")).StatusCode);

        Assert.Contains("/subscribe", Assert.Single(api.RequestsTo("sendMessage")).Text);
        Assert.Equal(2, bot.Logs.Lines.Count(l => l.Contains("Skipped update")));
        Assert.True(await bot.State.IsUpdateHandledAsync(20));
    }
}
