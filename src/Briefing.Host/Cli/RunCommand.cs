using System.CommandLine;
using Briefing.Host.Delivery;
using Briefing.Host.Hosting;
using Briefing.Host.Scheduling;
using Briefing.Store.Database;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Briefing.Host.Cli;

/// <summary>
/// `briefing run [--once]`: the long-running worker (also what runs with no command), or one pass of it. Either owns the
/// SQLite database while it runs; a second one refuses to start (operator commands still work beside it).
/// </summary>
public static class RunCommand
{
    public static Command Create()
    {
        var once = new Option<bool>("--once") { Description = "Ingest, deliver what is due (in local mode: print the digest), and exit." };
        var command = new Command("run", "Run the worker: ingest the corpus, follow the schedules, answer the bot.");
        command.Options.Add(once);
        command.SetAction((parse, cancellationToken) => CommandErrors.RunAsync(parse, async () =>
        {
            if (parse.GetValue(once)) return await RunAsync(parse, once: true, cancellationToken);
            var exitCode = await RunAsync(parse, once: false, cancellationToken);
            // Written here, once the host and its console logger are gone, and not logged: the logger writes from a queue
            // that a stopping process waits only 1.5 s for, which on a busy machine can lose the last lines.
            if (exitCode == 0) parse.InvocationConfiguration.Error.WriteLine("Worker stopped");
            return exitCode;
        }));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, bool once, CancellationToken cancellationToken)
    {
        var builder = BriefingHost.CreateBuilder(parse);
        builder.PrintDigestsTo(parse.InvocationConfiguration.Output);
        using var host = builder.Build();
        // One worker per SQLite database (a second would fire the same schedules and send the same outbox rows);
        // on PostgreSQL several, which divide the work between them.
        using var owner = await host.Services.GetRequiredService<StoreDatabase>().ClaimWorkerAsync(
            host.Services.GetRequiredService<TimeProvider>(), cancellationToken);
        if (once)
        {
            await host.Services.GetRequiredService<OnceRunner>().RunAsync(cancellationToken);
            return 0;
        }
        // A stop signal (SIGTERM, Ctrl+C) cancels the token. It is not handed to StartAsync: a signal that comes while the
        // services start would abandon them half started; instead the start completes and the usual stop follows.
        var lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();
        await using (cancellationToken.Register(lifetime.StopApplication))
        {
            await host.StartAsync(CancellationToken.None);
            await host.WaitForShutdownAsync(CancellationToken.None);
        }
        return host.Services.GetRequiredService<WorkerExitCode>().Value;
    }
}
