namespace Briefing.Host.Feeds;

/// <summary>What a feed's address must be: an absolute http(s) URL.</summary>
public static class FeedAddress
{
    /// <summary>Null when usable, else what is wrong and how to fix it.</summary>
    public static string? Check(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? null
            : $"\"{url}\" is not an absolute http(s) URL: give the feed's full address, e.g. https://example.com/feed.xml.";
}
