namespace Briefing.News.Feeds;

/// <summary>A document is not a feed that can be read (malformed XML or JSON, or no known format); the reason is one line.</summary>
public sealed class FeedFormatException(string reason, Exception? inner = null) : Exception(reason, inner)
{
    public string Reason { get; } = reason;
}
