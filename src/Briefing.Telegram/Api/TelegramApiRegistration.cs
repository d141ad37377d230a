using Briefing.Telegram.Sending;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Briefing.Telegram.Api;

/// <summary>Registers the Telegram options (validated at start), the Bot API client and the one message sender.</summary>
public static class TelegramApiRegistration
{
    public static IHostApplicationBuilder AddTelegramApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<TelegramOptions>()
            .Bind(builder.Configuration.GetSection(TelegramOptions.Section))
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidator>();

        builder.Services.AddHttpClient(TelegramBotApi.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            // The factory's handlers log every request URI, which holds the token.
            .RemoveAllLoggers();
        builder.Services.AddSingleton<ITelegramBotApi, TelegramBotApi>();
        // Needs an IChatLifecycle, which the chats feature registers.
        builder.Services.AddSingleton<IMessageSender, MessageSender>();
        return builder;
    }
}
