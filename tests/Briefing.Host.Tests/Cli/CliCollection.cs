namespace Briefing.Host.Tests.Cli;

/// <summary>Command-line tests share the static global options of the command tree, so they run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class CliCollection
{
    public const string Name = "command line";
}
