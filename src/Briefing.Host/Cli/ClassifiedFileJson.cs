using Briefing.News.Topics;

namespace Briefing.Host.Cli;

/// <summary>One line of `briefing classify --json`: a file and the topics it carries.</summary>
public sealed record ClassifiedFileJson(string File, string Title, IReadOnlyList<TopicMatch> Topics);
