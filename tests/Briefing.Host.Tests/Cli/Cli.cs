using Briefing.Host.Cli;

namespace Briefing.Host.Tests.Cli;

/// <summary>Runs the `briefing` command line in-process and captures what it prints.</summary>
public static class Cli
{
    public static async Task<CliRun> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await BriefingCommandLine.Create().Parse(args)
            .InvokeAsync(new System.CommandLine.InvocationConfiguration { Output = output, Error = error });
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}

/// <summary>What one command run printed and how it exited.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    public string[] OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
