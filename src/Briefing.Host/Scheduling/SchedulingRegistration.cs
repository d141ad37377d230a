using Briefing.Host.Ingestion;
using Briefing.Store.Database;
using Briefing.Telegram.Commands;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Quartz;

namespace Briefing.Host.Scheduling;

/// <summary>
/// Registers the Quartz scheduler on a persistent store in the product's SQLite file (so triggers and their misfires
/// survive restarts), its jobs, the schedule sync, the corpus watcher and the worker's start-up steps.
/// </summary>
public static class SchedulingRegistration
{
    public static IHostApplicationBuilder AddScheduling(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SchedulingOptions>().Bind(builder.Configuration.GetSection(SchedulingOptions.Section)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<SchedulingOptions>, SchedulingOptionsValidator>();

        var ingestEvery = TimeSpan.FromMinutes(builder.ConfiguredCorpus().IngestEveryMinutes);
        var database = builder.ConfiguredDatabase();
        var connectionString = StoreDatabase.ConnectionStringFor(database, builder.Environment.ContentRootPath);

        builder.Services.AddHostedService<DatabaseBeforeScheduler>();
        builder.AddQuartz(q =>
        {
            q.UsePersistentStore(store =>
            {
                if (database.ParsedProvider == DatabaseProvider.Postgres)
                {
                    store.UsePostgres(connectionString);
                    // Several workers share the triggers: each firing runs on one of them, and a worker that stops
                    // checking in has its fired triggers recovered by another after the misfire threshold.
                    // Clustering gives each process its own generated instance id.
                    store.UseClustering(c =>
                    {
                        c.CheckinInterval = TimeSpan.FromSeconds(5);
                        c.CheckinMisfireThreshold = TimeSpan.FromSeconds(15);
                    });
                }
                else
                {
                    store.UseSqlite(connectionString);
                }
                store.ProvisionSchema();
            });
            q.AddJob<ScheduleRunJob>(j => j.WithIdentity(ScheduleRunJob.Key).StoreDurably());
            q.AddJob<IngestionJob>(j => j.WithIdentity(IngestionJob.Key).StoreDurably());
            q.AddJob<DueDeliveriesJob>(j => j.WithIdentity(DueDeliveriesJob.Key).StoreDurably());
            q.AddTrigger(t => t
                .WithIdentity("every-minute", "delivery")
                .ForJob(DueDeliveriesJob.Key)
                // Due subscribers are a query, not a firing: a missed minute is covered by the next one.
                .WithCronSchedule("0 * * * * ?", c => c.WithMisfireInstruction(CronTriggerMisfireInstruction.DoNothing)));
            if (ingestEvery > TimeSpan.Zero)
                // The worker ingests at start itself; the interval starts counting from then.
                q.AddTrigger((services, t) => t
                    .WithIdentity("every-interval", "corpus")
                    .ForJob(IngestionJob.Key)
                    .WithSimpleSchedule(ingestEvery)
                    .StartAt(services.GetRequiredService<TimeProvider>().GetUtcNow().Add(ingestEvery)));
        });
        builder.Services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);

        builder.Services.TryAddSingleton<ICorpusIngestion, CorpusIngestion>();
        builder.Services.AddSingleton<WorkerExitCode>();
        builder.Services.AddSingleton<ScheduleSynchronizer>();
        builder.Services.AddSingleton<DeliveryCatchUp>();
        builder.Services.AddSingleton<ManualRun>();
        builder.Services.AddSingleton<IAdminScheduleRunner>(sp => sp.GetRequiredService<ManualRun>());
        builder.Services.AddSingleton<AdminScheduleCommands>();
        builder.Services.AddSingleton<OnceRunner>();
        builder.Services.AddHostedService<WorkerStartup>();
        builder.Services.AddHostedService<ScheduleSyncService>();
        builder.Services.AddHostedService<CorpusWatcher>();
        return builder;
    }
}
