namespace Briefing.Host.Cli;

/// <summary>One line of `briefing topics --json`.</summary>
public sealed record TopicJson(string Slug, string Title, string Description);
