using System.CommandLine;
using Briefing.Host.Cli;
using Briefing.Host.Hosting;

// On SIGTERM or Ctrl+C the command line cancels `briefing run` and gives it this long to stop before it ends the
// process itself; the worker's own shutdown must fit inside (its default of 2 s would cut a clean stop short).
return await BriefingCommandLine.Create().Parse(args).InvokeAsync(new InvocationConfiguration
{
    ProcessTerminationTimeout = BriefingHost.ShutdownTimeout + TimeSpan.FromSeconds(5),
});
