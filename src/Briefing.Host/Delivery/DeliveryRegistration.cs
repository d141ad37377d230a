using Briefing.Store.Database;
using Briefing.Host.Hosting;
using Briefing.News.Topics;
using Briefing.Store.Chats;
using Briefing.Store.Delivery;
using Briefing.Store.Schedules;
using Briefing.Telegram.Commands;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Briefing.Host.Delivery;

/// <summary>Registers the outbox, the digest run writer and the dispatcher; in local mode the console as the one subscriber.</summary>
public static class DeliveryRegistration
{
    public static IHostApplicationBuilder AddDelivery(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DeliveryOptions>().Bind(builder.Configuration.GetSection(DeliveryOptions.Section)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<DeliveryOptions>, DeliveryOptionsValidator>();

        builder.Services.AddSingleton<IScheduleRepository, SqliteScheduleRepository>();
        builder.Services.AddSingleton<IDigestRunRepository, SqliteDigestRunRepository>();
        builder.Services.AddSingleton<IOutboxRepository, SqliteOutboxRepository>();
        builder.Services.AddSingleton<IWorkerStatusRepository, SqliteWorkerStatusRepository>();
        builder.Services.TryAddSingleton<ISubscriberRepository, SqliteSubscriberRepository>();
        builder.Services.AddSingleton<DeliveryReportReader>();
        // Replaces the bot's placeholder (registered with TryAdd), whichever feature registers first.
        builder.Services.AddSingleton<IDeliveryStatistics, OutboxDeliveryStatistics>();

        var local = IsLocalMode(builder.Configuration);
        builder.Services.AddSingleton(new DeliveryMode(local));
        if (local)
        {
            builder.Services.TryAddSingleton<IDigestSender>(_ => new ConsoleDigestSender(Console.Out));
            builder.Services.TryAddSingleton<ISubscriberDirectory>(sp => new ConsoleSubscriberDirectory(
                sp.GetRequiredService<IReadOnlyList<TopicDefinition>>(), sp.GetRequiredService<IWorkerStatusRepository>(), sp.GetRequiredService<TimeProvider>()));
        }
        else
        {
            builder.Services.TryAddSingleton<ISubscriberDirectory, BotSubscriberDirectory>();
            builder.Services.TryAddSingleton<IDigestSender, TelegramDigestSender>();
        }

        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<DigestRunWriter>();
        builder.Services.AddSingleton<OutboxDispatcher>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        return builder;
    }

    /// <summary>No Telegram token: the console is the one subscriber.</summary>
    public static bool IsLocalMode(IConfiguration configuration) => string.IsNullOrWhiteSpace(configuration["Telegram:Token"]);

    public static string DatabasePath(IHostApplicationBuilder builder) =>
        ConfigDirectory.Resolve(builder.Environment.ContentRootPath, builder.Configuration["Database:Path"] is { Length: > 0 } path ? path : "data/briefing.db");
}
