using Briefing.Telegram.Sending;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace Briefing.Telegram.Api;

/// <summary>Registers the Telegram options (validated at start), the Telegram.Bot client and the one message sender.</summary>
public static class TelegramApiRegistration
{
    /// <summary>The IHttpClientFactory client the bot client uses; registered without request logging, since every URL holds the token.</summary>
    public const string HttpClientName = "Briefing.Telegram.BotApi";

    public static IHostApplicationBuilder AddTelegramApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<TelegramOptions>()
            .Bind(builder.Configuration.GetSection(TelegramOptions.Section))
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidator>();

        builder.Services.AddHttpClient(HttpClientName, (services, client) =>
            {
                // A backstop only (e.g. a body that never ends): BotApiTimeoutHandler sets each call's real limit.
                var settings = services.GetRequiredService<IOptions<TelegramOptions>>().Value;
                client.Timeout = 2 * settings.RequestTimeout + TimeSpan.FromSeconds(settings.PollTimeoutSeconds);
            })
            .AddHttpMessageHandler(services => new BotApiTimeoutHandler(services.GetRequiredService<IOptions<TelegramOptions>>().Value))
            // The factory's handlers log every request URI, which holds the token.
            .RemoveAllLoggers();
        // Built on first use only: local mode (no token) never asks for it, and the library throws on an empty token.
        builder.Services.AddSingleton<ITelegramBotClient>(services => CreateClient(
            services.GetRequiredService<IOptions<TelegramOptions>>().Value,
            services.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName)));
        // Needs an IChatLifecycle, which the chats feature registers.
        builder.Services.AddSingleton<IMessageSender, MessageSender>();
        return builder;
    }

    /// <summary>The "Telegram" section as configured, for what is decided while registering (local mode, polling or webhook).</summary>
    public static TelegramOptions ConfiguredTelegram(this IHostApplicationBuilder builder) =>
        builder.Configuration.GetSection(TelegramOptions.Section).Get<TelegramOptions>() ?? new TelegramOptions();

    private static TelegramBotClient CreateClient(TelegramOptions settings, HttpClient http)
    {
        if (!settings.HasToken)
            throw new InvalidOperationException("The Bot API client needs Telegram:Token: set it (Telegram__Token or user secrets); without it the bot runs in local mode and must not call Telegram.");
        return new TelegramBotClient(new TelegramBotClientOptions(settings.Token, settings.ApiBaseUrl)
        {
            // The library would otherwise wait out a 429 and call again by itself, behind the rate limiter's back and
            // outside the sender's attempt count; MessageSender decides every retry.
            RetryThreshold = 0,
        }, http);
    }
}
