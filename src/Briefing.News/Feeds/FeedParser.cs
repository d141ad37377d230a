using System.Globalization;
using System.Text.Json;
using System.Xml;
using CodeHollow.FeedReader;

namespace Briefing.News.Feeds;

/// <summary>
/// Reads RSS 0.9x/1.0 (RDF)/2.0, Atom and JSON Feed 1.0/1.1 text with CodeHollow.FeedReader, one parser for all four
/// (System.ServiceModel.Syndication reads neither RDF nor JSON Feed). Decoding bytes is the caller's part: this takes text.
/// </summary>
public static class FeedParser
{
    /// <summary>Parses a feed; relative item links are resolved against <paramref name="feedUrl"/>.</summary>
    /// <exception cref="FeedFormatException">The text is not a feed that can be read.</exception>
    public static ParsedFeed Parse(string text, Uri feedUrl)
    {
        Feed feed;
        try
        {
            feed = FeedReader.ReadFromString(text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n'));
        }
        catch (XmlException ex)
        {
            throw new FeedFormatException($"malformed XML (line {ex.LineNumber}, position {ex.LinePosition})", ex);
        }
        catch (JsonException ex)
        {
            throw new FeedFormatException($"malformed JSON Feed ({ex.Message})", ex);
        }
        catch (Exception ex) when (ex is FormatException or InvalidOperationException or ArgumentException or NullReferenceException)
        {
            // The library's own checks (an unknown root element, a feed without its required parts) end up here.
            throw new FeedFormatException($"not a readable feed ({ex.GetType().Name}: {ex.Message})", ex);
        }
        if (feed.Type == FeedType.Unknown) throw new FeedFormatException("not RSS, Atom or JSON Feed");

        var entries = new List<FeedEntry>(feed.Items.Count);
        foreach (var item in feed.Items)
        {
            var title = Clean(item.Title) ?? "";
            var link = AbsoluteHttpLink(item.Link, feedUrl);
            var key = Clean(item.Id) ?? link ?? title;
            if (key.Length == 0) continue; // nothing to know the item by, nothing to read: not an article
            // Some formats give the summary again as the content (RSS 1.0): the longer of the two is the fuller text.
            var content = Clean(item.Content) ?? "";
            var summary = Clean(item.Description) ?? "";
            entries.Add(new FeedEntry(key, link, title, content.Length >= summary.Length ? content : summary, Date(item)));
        }
        return new ParsedFeed(Clean(feed.Title), entries);
    }

    private static DateTimeOffset? Date(FeedItem item)
    {
        if (item.PublishingDate is { } date)
            return new DateTimeOffset(date.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(date, DateTimeKind.Utc) : date.ToUniversalTime());
        // The library gives up on some forms a feed uses in the wild; the common ones are tried once more.
        return DateTimeOffset.TryParse(item.PublishingDateString, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed)
            ? parsed
            : null;
    }

    private static string? AbsoluteHttpLink(string? link, Uri feedUrl)
    {
        if (Clean(link) is not { } text || !Uri.TryCreate(feedUrl, text, out var uri)) return null;
        return uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps ? uri.AbsoluteUri : null;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
