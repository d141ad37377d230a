using Briefing.News.Topics;
using Briefing.Store.Articles;
using Briefing.Store.Chats;
using Briefing.Store.Database;
using Briefing.Store.Feeds;
using Briefing.Store.Search;
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
        // The store is shared with other features; whichever registers it first wins, with the same settings.
        services.TryAddSingleton(sp => new SqliteDatabase(DatabasePath(builder), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<IArticleRepository, SqliteArticleRepository>();
        services.TryAddSingleton<ISearchRepository, SqliteSearchRepository>();
        services.TryAddSingleton<IFeedRepository, SqliteFeedRepository>();
        // Subscribers are read by the scheduler in local mode too, so they are registered with or without a token.
        services.TryAddSingleton<ISubscriberRepository, SqliteSubscriberRepository>();
        services.TryAddSingleton<IBotStateRepository, SqliteBotStateRepository>();
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

        if (string.IsNullOrEmpty(builder.Configuration["Telegram:Token"])) return builder;
        if (string.Equals(builder.Configuration["Telegram:Mode"], nameof(TelegramMode.Webhook), StringComparison.OrdinalIgnoreCase))
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

    private static string DatabasePath(IHostApplicationBuilder builder)
    {
        var configured = builder.Configuration["Database:Path"] is { Length: > 0 } path ? path : "data/briefing.db";
        return Path.IsPathRooted(configured) ? configured : Path.GetFullPath(Path.Combine(builder.Environment.ContentRootPath, configured));
    }
}
