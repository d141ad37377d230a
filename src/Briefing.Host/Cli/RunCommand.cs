using System.CommandLine;
using Briefing.Host.Hosting;
using Microsoft.Extensions.Hosting;

namespace Briefing.Host.Cli;

/// <summary>`briefing run`: the long-running worker (also what runs with no command).</summary>
public static class RunCommand
{
    public static Command Create()
    {
        var command = new Command("run", "Run the worker: ingest the corpus, follow the schedules, answer the bot.");
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var host = BriefingHost.CreateBuilder(parse).Build();
            await host.RunAsync(cancellationToken);
            return 0;
        });
        return command;
    }
}
