namespace Briefing.Host.Feeds;

/// <summary>A feed named in config (Feeds:Sources): its address and, optionally, the outlet its articles are credited to.</summary>
public sealed class FeedSource
{
    public string Url { get; set; } = "";

    /// <summary>Empty credits articles to the feed's own title.</summary>
    public string? Outlet { get; set; }
}
