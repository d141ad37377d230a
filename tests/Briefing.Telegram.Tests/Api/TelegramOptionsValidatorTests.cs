using Briefing.Telegram.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Briefing.Telegram.Tests.Api;

public sealed class TelegramOptionsValidatorTests
{
    private readonly TelegramOptionsValidator _validator = new();

    [Fact]
    public void The_defaults_are_valid_local_mode()
    {
        var options = new TelegramOptions();

        Assert.True(_validator.Validate(null, options).Succeeded);
        Assert.False(options.HasToken);
    }

    [Fact]
    public void A_bot_token_in_botfather_form_is_accepted()
    {
        var result = _validator.Validate(null, new TelegramOptions { Token = "123456789:AAH-kq_3xZyExample" });

        Assert.True(result.Succeeded);
    }

    [Theory]
    [InlineData("http://127.0.0.1:8081/telegram")]
    [InlineData("https://proxy.example.org/bot-api/")]
    [InlineData("http://127.0.0.1:8081/?x=1")]
    public void An_api_base_url_with_a_path_is_refused_since_the_client_would_drop_it(string url)
    {
        var result = _validator.Validate(null, new TelegramOptions { ApiBaseUrl = url });

        var failure = Assert.Single(result.Failures!);
        Assert.Contains("Telegram:ApiBaseUrl", failure);
        Assert.Contains("scheme, host and port", failure);
    }

    [Fact]
    public void An_api_base_url_of_a_server_root_is_accepted_with_or_without_the_slash()
    {
        Assert.True(_validator.Validate(null, new TelegramOptions { ApiBaseUrl = "http://127.0.0.1:8081/" }).Succeeded);
        Assert.True(_validator.Validate(null, new TelegramOptions { ApiBaseUrl = "https://api.telegram.org" }).Succeeded);
    }

    [Fact]
    public void A_malformed_token_is_named_without_quoting_it()
    {
        const string token = "not-a-token-but-secret";

        var result = _validator.Validate(null, new TelegramOptions { Token = token });

        var failure = Assert.Single(result.Failures!);
        Assert.Contains("Telegram:Token", failure);
        Assert.Contains("BotFather", failure);
        Assert.DoesNotContain(token, failure);
    }

    [Fact]
    public void Every_bad_setting_is_listed_with_how_to_fix_it()
    {
        var options = new TelegramOptions
        {
            ApiBaseUrl = "api.telegram.org",
            Mode = TelegramMode.Webhook,
            WebhookUrl = "",
            WebhookSecret = "has spaces!",
            Operators = [12, -3],
            GlobalPerSecond = 0,
            PerChatPerSecond = -1,
            PerGroupPerMinute = 0,
            PollTimeoutSeconds = 90,
            MaxRetries = -1,
        };

        var failures = _validator.Validate(null, options).Failures!.ToArray();

        foreach (var key in new[]
                 {
                     "ApiBaseUrl", "Mode is Webhook but Telegram:Token", "WebhookUrl", "WebhookSecret", "Operators",
                     "GlobalPerSecond", "PerChatPerSecond", "PerGroupPerMinute", "PollTimeoutSeconds", "MaxRetries",
                 })
            Assert.Contains(failures, f => f.Contains("Telegram:" + key, StringComparison.Ordinal));
        Assert.Equal(10, failures.Length);
        Assert.Contains(failures, f => f.Contains("https://api.telegram.org", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_registered_options_refuse_a_bad_configuration_when_read()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        using var host = TelegramTestHost.Build(server, settings: new Dictionary<string, string?>
        {
            ["Telegram:GlobalPerSecond"] = "0",
            ["Telegram:Mode"] = "Webhook",
        });

        var error = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<TelegramOptions>>().Value);

        Assert.Contains(error.Failures, f => f.Contains("Telegram:GlobalPerSecond", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("Telegram:WebhookUrl", StringComparison.Ordinal));
    }
}
