namespace Briefing.Host.Feeds;

/// <summary>Which feeds are read at start, how often the worker polls them and how politely they are fetched (section "Feeds").</summary>
public sealed class FeedsOptions
{
    public const string Section = "Feeds";

    /// <summary>Feeds added to the database at start (those already there keep their state).</summary>
    public List<FeedSource> Sources { get; set; } = [];

    /// <summary>Minutes between two pulls of a healthy feed by the worker.</summary>
    public double PollMinutes { get; set; } = 15;

    /// <summary>Longest wait before a failing feed is tried again (the backoff doubles up to this).</summary>
    public double MaxBackoffMinutes { get; set; } = 24 * 60;

    /// <summary>One HTTP attempt (feed or page) may take this long, body included.</summary>
    public double RequestTimeoutSeconds { get; set; } = 20;

    /// <summary>Retries of a transient failure (connection error, timeout, 5xx) within one fetch.</summary>
    public int MaxRetries { get; set; } = 2;

    /// <summary>First retry delay; later ones grow exponentially.</summary>
    public int RetryDelayMilliseconds { get; set; } = 1000;

    /// <summary>Answers larger than this (feed or page, after decompression) are refused.</summary>
    public long MaxResponseBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Time between two requests to one host (requests to a host are also one at a time).</summary>
    public int HostIntervalMilliseconds { get; set; } = 500;

    /// <summary>Feeds pulled at once.</summary>
    public int Concurrency { get; set; } = 4;

    /// <summary>Sent with every request, so sites can tell who is reading.</summary>
    public string UserAgent { get; set; } = "Briefing/1.0 (news digest feed reader; polls each feed every few minutes)";
}
