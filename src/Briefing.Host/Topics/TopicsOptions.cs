namespace Briefing.Host.Topics;

/// <summary>Where the topic definitions live (config section "Topics").</summary>
public sealed class TopicsOptions
{
    public const string Section = "Topics";

    /// <summary>Path of the topics file; empty means topics.json in the config folder. Relative paths resolve against the working directory.</summary>
    public string Path { get; set; } = "";
}
