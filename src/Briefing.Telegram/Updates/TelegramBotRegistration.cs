using Briefing.News.Topics;
using Briefing.Store.Database;
using Briefing.Telegram.Api;
using Briefing.Telegram.Chats;
using Briefing.Telegram.Commands;
using Briefing.Telegram.Sending;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Briefing.Telegram.Updates;

/// <summary>Registers the bot: subscriber store, commands, and the update loop (polling or webhook) when Telegram:Token is set.</summary>
public static class TelegramBotRegistration
{
    public static IHostApplicationBuilder AddTelegramBot(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        // The store is shared with other features; whichever asks first registers it.
        builder.AddStore();
        services.TryAddSingleton<IChatLifecycle, ChatLifecycle>();
        services.TryAddSingleton<IDeliveryStatistics, NoDeliveryStatistics>();

        services.AddSingleton(sp => new TopicLookup(sp.GetRequiredService<IReadOnlyList<TopicDefinition>>()));
        services.AddSingleton<GroupAdminCheck>();
        services.AddSingleton<SubscriptionCommands>();
        services.AddSingleton<DeliveryCommands>();
        services.AddSingleton<ReadingCommands>();
        services.AddSingleton<AdminCommands>();
        services.AddSingleton<CommandRouter>();
        services.AddSingleton<TopicButtonHandler>();
        services.AddSingleton<BotIdentity>();
        services.AddSingleton<TokenRejection>();
        services.AddSingleton<UpdateReader>();
        services.AddSingleton<UpdateOffset>();
        services.AddSingleton<CommandMenu>();
        services.AddSingleton<UpdateDispatcher>();
        services.AddSingleton<PerChatUpdateQueue>();
        services.TryAddSingleton<BotLeader>();

        var telegram = builder.ConfiguredTelegram();
        if (!telegram.HasToken) return builder;
        if (telegram.Mode == TelegramMode.Webhook)
        {
            services.AddSingleton<WebhookReceiver>();
            services.AddHostedService(sp => sp.GetRequiredService<WebhookReceiver>());
        }
        else
        {
            services.AddHostedService<UpdatePoller>();
        }
        return builder;
    }
}
