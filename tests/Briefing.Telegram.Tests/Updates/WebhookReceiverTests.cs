using System.Net;
using System.Net.Http.Json;
using Briefing.Telegram.Tests.EndToEnd;
using Briefing.Telegram.Tests.Fakes;
using Briefing.Telegram.Updates;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Briefing.Telegram.Tests.Updates;

/// <summary>Webhook mode on 127.0.0.1 with the fake Bot API: registration, the secret header, and each update handled once.</summary>
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

    private Task<HttpResponseMessage> PostAsync(long updateId, string text, string? secret)
    {
        var update = FakeUpdates.TextMessage(42, 42, text);
        update["update_id"] = updateId;
        var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = JsonContent.Create(update) };
        if (secret is not null) request.Headers.Add(WebhookReceiver.SecretHeader, secret);
        return http.SendAsync(request);
    }

    [Fact]
    public async Task The_webhook_is_registered_with_its_url_and_secret()
    {
        var call = (await api.WaitForRequestsAsync("setWebhook", 1, TimeSpan.FromSeconds(20)))[0];
        Assert.Equal("https://bot.example.org/telegram/hook", call.Body["url"]!.GetValue<string>());
        Assert.Equal(Secret, call.Body["secret_token"]!.GetValue<string>());
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
        Assert.Null(await bot.State.GetAsync("last_update_id"));
    }

    [Fact]
    public async Task An_update_with_the_secret_is_answered_and_a_repeated_delivery_is_not_answered_again()
    {
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(10, "/subscribe victory-plan", Secret)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(10, "/subscribe victory-plan", Secret)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(11, "/subscriptions", Secret)).StatusCode);

        var sent = api.RequestsTo("sendMessage");
        Assert.Equal(2, sent.Count);
        Assert.Contains("Subscribed to <b>Victory plan</b>", sent[0].Text);
        Assert.Contains("<b>Your topics</b>", sent[1].Text);
        Assert.Equal("11", await bot.State.GetAsync("last_update_id"));
    }
}
