namespace Briefing.News.Digests;

/// <summary>Telegram's HTML parse mode: escaping article text and measuring a message as Telegram does.</summary>
public static class TelegramHtml
{
    /// <summary>The Bot API's limit on a message's text after entity parsing, in UTF-16 code units.</summary>
    public const int MaxMessageLength = 4096;

    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    public static string EscapeAttribute(string text) => Escape(text).Replace("\"", "&quot;", StringComparison.Ordinal);

    /// <summary>A link only for http(s) addresses; anything else is not something a reader should be sent to.</summary>
    public static bool IsLinkable(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    /// <summary>The text escaped, as a link to <paramref name="url"/> when that is an http(s) address.</summary>
    public static string Link(string text, string? url) =>
        IsLinkable(url) ? $"<a href=\"{EscapeAttribute(url!)}\">{Escape(text)}</a>" : Escape(text);

    /// <summary>The length Telegram counts: tags removed, each entity one character, UTF-16 code units.</summary>
    public static int VisibleLength(string html)
    {
        var length = 0;
        for (var i = 0; i < html.Length; i++)
        {
            if (html[i] == '<')
            {
                var close = html.IndexOf('>', i);
                i = close < 0 ? html.Length : close;
                continue;
            }
            if (html[i] == '&')
            {
                var semicolon = html.IndexOf(';', i);
                if (semicolon > i) i = semicolon;
            }
            length++;
        }
        return length;
    }
}
