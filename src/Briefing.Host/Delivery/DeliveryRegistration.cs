using Briefing.Store.Database;
using Briefing.Host.Hosting;
using Briefing.News.Topics;
using Briefing.Store.Chats;
using Briefing.Store.Delivery;
using Briefing.Store.Schedules;
using Briefing.Telegram;
using Briefing.Telegram.Api;
using Briefing.Telegram.Commands;
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

        builder.AddStore();
        builder.Services.AddSingleton<DeliveryReportReader>();
        // Replaces the bot's placeholder (registered with TryAdd), whichever feature registers first.
        builder.Services.AddSingleton<IDeliveryStatistics, OutboxDeliveryStatistics>();

        // Without the token this process cannot reach Telegram, so it prints; but whether there are subscribers to queue
        // digests for is the database's to say, not the shell's environment. Asked once, when first needed.
        var noToken = !builder.ConfiguredTelegram().HasToken;
        builder.Services.AddSingleton(sp => new DeliveryMode(
            noToken && sp.GetRequiredService<ISubscriberRepository>().GetStatsAsync().GetAwaiter().GetResult().Subscribers == 0));
        builder.Services.TryAddSingleton<ISubscriberDirectory>(sp => sp.GetRequiredService<DeliveryMode>().IsLocal
            ? new ConsoleSubscriberDirectory(sp.GetRequiredService<IReadOnlyList<TopicDefinition>>(), sp.GetRequiredService<IWorkerStatusRepository>(), sp.GetRequiredService<TimeProvider>())
            : ActivatorUtilities.CreateInstance<BotSubscriberDirectory>(sp));
        if (noToken) builder.Services.TryAddSingleton<IDigestSender>(_ => new ConsoleDigestSender(Console.Out));
        else builder.Services.TryAddSingleton<IDigestSender, TelegramDigestSender>();

        // The dispatcher sends only on the bot's leader (one sender per cluster); shared with the bot, whichever registers first.
        builder.Services.TryAddSingleton<BotLeader>();
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<DigestRunWriter>();
        builder.Services.AddSingleton<OutboxDispatcher>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        return builder;
    }

    /// <summary>Without the token, digests this command sends print to <paramref name="output"/> (stdout, or a test's writer).</summary>
    public static void PrintDigestsTo(this HostApplicationBuilder builder, TextWriter output)
    {
        if (!builder.ConfiguredTelegram().HasToken)
            builder.Services.Replace(ServiceDescriptor.Singleton<IDigestSender>(new ConsoleDigestSender(output)));
    }
}
