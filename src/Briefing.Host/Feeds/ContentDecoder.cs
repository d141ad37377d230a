using System.Text;
using System.Text.RegularExpressions;

namespace Briefing.Host.Feeds;

/// <summary>
/// Turns a fetched body into text: the byte-order mark, else the charset the server sent, else the one the document
/// declares (XML declaration, HTML meta), else UTF-8. Bytes that are not valid in that encoding are a problem, not
/// replacement characters, except for an HTML page that declares nothing: browsers read those as windows-1252.
/// </summary>
public static partial class ContentDecoder
{
    private const int SniffBytes = 2048;

    static ContentDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The text, or null with <paramref name="problem"/> saying in one line why it cannot be read.</summary>
    public static string? Decode(byte[] body, string? charset, bool isHtml, out string? problem)
    {
        problem = null;
        var (bomEncoding, bomLength) = Bom(body);
        var declared = bomEncoding is null ? Clean(charset) ?? Declared(body, isHtml) : null;
        Encoding encoding;
        if (bomEncoding is not null) encoding = bomEncoding;
        else if (declared is null) encoding = new UTF8Encoding(false, throwOnInvalidBytes: true);
        else
        {
            try
            {
                encoding = Encoding.GetEncoding(declared, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            }
            catch (ArgumentException)
            {
                problem = $"unknown character encoding \"{declared}\"";
                return null;
            }
        }

        try
        {
            return encoding.GetString(body, bomLength, body.Length - bomLength);
        }
        catch (DecoderFallbackException ex)
        {
            if (declared is null && bomEncoding is null && isHtml) return Encoding.GetEncoding(1252).GetString(body);
            problem = $"not valid {declared ?? encoding.WebName} (bad byte at offset {ex.Index + bomLength})";
            return null;
        }
    }

    private static (Encoding? Encoding, int Length) Bom(byte[] body) => body switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (new UTF8Encoding(false, true), 3),
        [0xFF, 0xFE, ..] => (new UnicodeEncoding(false, false, true), 2),
        [0xFE, 0xFF, ..] => (new UnicodeEncoding(true, false, true), 2),
        _ => (null, 0),
    };

    // Declarations are ASCII, so the start of the body read as Latin-1 is enough to find them.
    private static string? Declared(byte[] body, bool isHtml)
    {
        var head = Encoding.Latin1.GetString(body, 0, Math.Min(body.Length, SniffBytes));
        var match = isHtml ? MetaCharset().Match(head) : XmlEncoding().Match(head);
        return match.Success ? Clean(match.Groups["charset"].Value) : null;
    }

    private static string? Clean(string? charset) => string.IsNullOrWhiteSpace(charset) ? null : charset.Trim().Trim('"', '\'');

    [GeneratedRegex("""^\s*<\?xml[^>]*\bencoding\s*=\s*["'](?<charset>[A-Za-z0-9._:\-]+)["']""")]
    private static partial Regex XmlEncoding();

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?(?<charset>[A-Za-z0-9._:\-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();
}
