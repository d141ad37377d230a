using System.CommandLine;

namespace Briefing.Host.Cli;

/// <summary>The `briefing` command line: one subcommand per file in this folder.</summary>
public static class BriefingCommandLine
{
    public static RootCommand Create()
    {
        var root = new RootCommand("Briefing: topic digests from a news corpus, delivered by a Telegram bot.");
        root.Options.Add(GlobalOptions.Db);
        root.Options.Add(GlobalOptions.Corpus);

        var run = RunCommand.Create();
        root.Subcommands.Add(run);
        root.Subcommands.Add(ClassifyCommand.Create());
        root.Subcommands.Add(TopicsCommand.Create());
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(FeedsCommand.Create());
        root.Subcommands.Add(ArticlesCommand.Create());
        root.Subcommands.Add(SearchCommand.Create());
        root.Subcommands.Add(SummarizeCommand.Create());
        root.Subcommands.Add(DigestCommand.Create());
        root.Subcommands.Add(SchedulesCommand.Create());
        root.Subcommands.Add(SubscribersCommand.Create());
        root.Subcommands.Add(DeliveriesCommand.Create());
        root.Subcommands.Add(StatsCommand.Create());
        // With no command the worker runs, as `dotnet run --project src/Briefing.Host` promises.
        foreach (var option in run.Options) root.Options.Add(option);
        root.Action = run.Action;
        return root;
    }
}
