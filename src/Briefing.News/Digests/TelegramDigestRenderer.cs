using System.Text;
using Briefing.News.Summaries;

namespace Briefing.News.Digests;

/// <summary>
/// The digest as Telegram HTML messages: article text escaped, only b/i/a tags, each message within the
/// Bot API's length limit. Messages break between sections or points, never inside one; a section that
/// runs on into the next message repeats its heading with "(cont.)".
/// </summary>
public sealed class TelegramDigestRenderer(int maxMessageLength = TelegramHtml.MaxMessageLength)
{
    private const string PointSeparator = "\n\n";
    private const string Bullet = "• ";
    private const string CreditSeparator = " — ";

    public IReadOnlyList<string> Render(Digest digest)
    {
        var messages = new List<string>();
        var current = new StringBuilder();
        var currentLength = 0;

        void Flush()
        {
            if (current.Length > 0) messages.Add(current.ToString());
            current.Clear();
            currentLength = 0;
        }

        void Append(string html, int length)
        {
            if (current.Length > 0) { current.Append(PointSeparator); currentLength += PointSeparator.Length; }
            current.Append(html);
            currentLength += length;
        }

        bool Fits(params int[] lengths) =>
            currentLength + lengths.Sum() + (current.Length > 0 ? PointSeparator.Length : 0) + (lengths.Length - 1) * PointSeparator.Length <= maxMessageLength;

        var newestYear = DigestWording.NewestYear(digest);
        foreach (var section in digest.Sections)
        {
            var heading = $"<b>{TelegramHtml.Escape(section.Title)}</b>\n<i>{TelegramHtml.Escape(DigestWording.Coverage(section))}</i>";
            var continued = $"<b>{TelegramHtml.Escape(section.Title + DigestWording.Continued)}</b>";
            var headingLength = TelegramHtml.VisibleLength(heading);
            var continuedLength = TelegramHtml.VisibleLength(continued);

            for (var i = 0; i < section.Points.Count; i++)
            {
                var first = i == 0;
                var lead = first ? headingLength : continuedLength;
                var point = RenderPoint(section.Points[i], newestYear, maxMessageLength - lead - PointSeparator.Length);
                var pointLength = TelegramHtml.VisibleLength(point);

                // A heading never ends a message alone: it goes where its first point fits.
                if (first)
                {
                    if (!Fits(headingLength, pointLength)) Flush();
                    Append(heading, headingLength);
                }
                else if (!Fits(pointLength))
                {
                    Flush();
                    Append(continued, continuedLength);
                }
                Append(point, pointLength);
            }
        }
        Flush();
        return messages;
    }

    // One bullet: the sentence, then who says it. A sentence too long for a message on its own (never a real
    // one, but articles are input) is shortened at a word boundary rather than split across messages.
    private static string RenderPoint(SummaryPoint point, int newestYear, int room)
    {
        var credit = CreditHtml(PointCredit.Of(point));
        var creditLength = TelegramHtml.VisibleLength(credit);
        var lead = DigestWording.Lead(point, newestYear);
        var available = room - Bullet.Length - lead.Length - CreditSeparator.Length - creditLength;
        var sentence = DigestWording.Text(point, newestYear);
        var text = sentence.Length <= available ? sentence : Shorten(sentence, available);
        return Bullet + TelegramHtml.Escape(lead) + TelegramHtml.Escape(text) + CreditSeparator + credit;
    }

    private static string Shorten(string text, int available)
    {
        var limit = Math.Max(1, available - 1);
        var cut = text.LastIndexOf(' ', Math.Min(limit, text.Length - 1));
        var end = cut > 0 ? cut : limit;
        // Never end between the two halves of a surrogate pair: Telegram counts UTF-16 units, but a half character is garbage.
        if (char.IsHighSurrogate(text[end - 1])) end--;
        return text[..end].TrimEnd() + "…";
    }

    private static string CreditHtml(PointCredit credit)
    {
        var names = credit.Sources.Select(s => TelegramHtml.Link(s.Name, s.Url));
        var html = string.Join(", ", names) + TelegramHtml.Escape(credit.Count());
        if (credit.Via.Count > 0) html = TelegramHtml.Escape(string.Join(", ", credit.Via)) + " via " + html;
        return $"<i>{html}</i>";
    }
}
