using System.CommandLine;
using Briefing.Host.Cli;
using Briefing.Host.Delivery;
using Briefing.Telegram.Api;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Briefing.Host.Hosting;

/// <summary>Builds the host every command uses: configuration from config/, the environment and the command line, and every feature's services.</summary>
public static class BriefingHost
{
    /// <summary>How long a stopping worker may take: updates running finish, deliveries in flight are recorded.</summary>
    public static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(30);

    public static HostApplicationBuilder CreateBuilder(ParseResult parse, IDictionary<string, string?>? overrides = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = Directory.GetCurrentDirectory(),
            EnvironmentName = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? Environments.Production,
        });

        var configDirectory = ConfigDirectory.Locate(builder.Environment.ContentRootPath);
        builder.Configuration
            .AddJsonFile(Path.Combine(configDirectory, "appsettings.json"), optional: false, reloadOnChange: false)
            .AddJsonFile(Path.Combine(configDirectory, $"appsettings.{builder.Environment.EnvironmentName}.json"), optional: true, reloadOnChange: false)
            .AddUserSecrets(typeof(BriefingHost).Assembly, optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(CommandLineOverrides(parse, configDirectory));
        if (overrides is not null) builder.Configuration.AddInMemoryCollection(overrides);

        builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging"));
        // Logs go to stderr so that stdout carries only what a command prints (JSON lines, digests).
        builder.Logging.AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss "; });
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);

        ReadyThreadsForBlockingWork(builder);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = ShutdownTimeout);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddBriefingFeatures();
        return builder;
    }

    /// <summary>
    /// Microsoft.Data.Sqlite's async calls run synchronously, and a write waiting for another's lock sleeps on its thread,
    /// so every update handled and every digest sent at once may hold a pool thread. The pool adds threads beyond its
    /// minimum only about one a second; until then timers and HTTP answers queue behind the blocked ones, and the bot's
    /// pacing stalls (`bench updates`: 53 % of the rate limit with the default minimum, 76 % with this, under load).
    /// </summary>
    private static void ReadyThreadsForBlockingWork(HostApplicationBuilder builder)
    {
        var telegram = builder.ConfiguredTelegram();
        var delivery = builder.Configuration.GetSection(DeliveryOptions.Section).Get<DeliveryOptions>() ?? new DeliveryOptions();
        var needed = telegram.MaxParallelChats + delivery.Concurrency + Environment.ProcessorCount;
        ThreadPool.GetMinThreads(out var workers, out var completionPorts);
        if (workers < needed) ThreadPool.SetMinThreads(needed, completionPorts);
    }

    private static Dictionary<string, string?> CommandLineOverrides(ParseResult parse, string configDirectory)
    {
        var values = new Dictionary<string, string?> { [ConfigDirectory.Key] = configDirectory };
        if (parse.GetValue(GlobalOptions.Db) is { Length: > 0 } db) values["Database:Path"] = db;
        if (parse.GetValue(GlobalOptions.Corpus) is { Length: > 0 } folders)
        {
            for (var i = 0; i < folders.Length; i++) values[$"Corpus:Folders:{i}"] = folders[i];
            // Drop configured folders beyond the ones given, so --corpus replaces rather than merges.
            for (var i = folders.Length; i < 32; i++) values[$"Corpus:Folders:{i}"] = null;
        }
        return values;
    }
}
