using Briefing.Store.Articles;
using Briefing.Store.Chats;
using Briefing.Store.Delivery;
using Briefing.Store.Feeds;
using Briefing.Store.Schedules;
using Briefing.Store.Search;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Briefing.Store.Database;

/// <summary>Registers the database chosen by the "Database" section (SQLite or PostgreSQL) and every repository over it.</summary>
public static class StoreRegistration
{
    /// <summary>Each feature that needs the store calls this; the first call registers it, the others find it there.</summary>
    public static IHostApplicationBuilder AddStore(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        if (services.Any(d => d.ServiceType == typeof(StoreDatabase))) return builder;
        services.AddOptions<DatabaseOptions>().Bind(builder.Configuration.GetSection(DatabaseOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidator>();
        services.AddSingleton(sp => StoreDatabase.Create(
            sp.GetRequiredService<IOptions<DatabaseOptions>>().Value, builder.Environment.ContentRootPath, sp.GetRequiredService<TimeProvider>()));

        services.AddSingleton<IArticleRepository, ArticleRepository>();
        services.AddSingleton(sp => SearchRepositories.For(sp.GetRequiredService<StoreDatabase>()));
        services.AddSingleton<ISubscriberRepository, SubscriberRepository>();
        services.AddSingleton<IBotStateRepository, BotStateRepository>();
        services.AddSingleton<IScheduleRepository, ScheduleRepository>();
        services.AddSingleton<IDigestRunRepository, DigestRunRepository>();
        services.AddSingleton<IOutboxRepository, OutboxRepository>();
        services.AddSingleton<IWorkerStatusRepository, WorkerStatusRepository>();
        services.AddSingleton<IFeedRepository, FeedRepository>();
        return builder;
    }

    /// <summary>The "Database" section as configured, for what must be set up before the services exist (the scheduler's store).</summary>
    public static DatabaseOptions ConfiguredDatabase(this IHostApplicationBuilder builder) =>
        builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
}
