using Briefing.Telegram.Tests.EndToEnd;
using Briefing.Telegram.Tests.Fakes;
using Briefing.Telegram.Updates;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Briefing.Telegram.Tests.Updates;

/// <summary>A token Telegram rejects with 401 stops the worker with one line instead of retrying for ever.</summary>
public sealed class TokenRejectionTests : IAsyncLifetime
{
    private FakeBotApiServer api = null!;

    public async Task InitializeAsync() => api = await FakeBotApiServer.StartAsync();

    public async Task DisposeAsync() => await api.DisposeAsync();

    [Fact]
    public async Task A_401_on_setWebhook_stops_the_worker_with_one_line()
    {
        api.Script("setWebhook", FakeAnswer.Error(401, "Unauthorized"), times: 100);
        await using var bot = new BotUnderTest(api.BaseUrl, api.Token, new Dictionary<string, string?>
        {
            ["Telegram:Mode"] = "Webhook",
            ["Telegram:WebhookUrl"] = "https://bot.example.org/telegram/hook",
            ["Telegram:WebhookSecret"] = "s3cret",
            ["Telegram:WebhookListenUrl"] = "http://127.0.0.1:0",
        });
        await bot.StartAsync();

        var stopping = bot.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        await Task.Delay(Timeout.InfiniteTimeSpan, stopping).ContinueWith(_ => { }).WaitAsync(TimeSpan.FromSeconds(20));

        Assert.True(bot.Services.GetRequiredService<TokenRejection>().Happened);
        Assert.Single(api.RequestsTo("setWebhook"));
        var line = Assert.Single(bot.Logs.Lines, l => l.Contains("rejected the bot token"));
        Assert.StartsWith("Critical", line);
        Assert.Contains("setWebhook", line);
    }

    [Fact]
    public async Task A_401_on_getMe_stops_the_polling_worker()
    {
        api.Script("getMe", FakeAnswer.Error(401, "Unauthorized"), times: 100);
        await using var bot = new BotUnderTest(api.BaseUrl, api.Token);
        await bot.StartAsync();

        var stopping = bot.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        await Task.Delay(Timeout.InfiniteTimeSpan, stopping).ContinueWith(_ => { }).WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Single(api.RequestsTo("getMe"));
        Assert.Empty(api.RequestsTo("getUpdates"));
        Assert.Single(bot.Logs.Lines, l => l.Contains("rejected the bot token") && l.Contains("getMe"));
    }
}
