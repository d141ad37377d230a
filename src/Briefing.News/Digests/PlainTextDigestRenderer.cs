using System.Text;

namespace Briefing.News.Digests;

/// <summary>The digest as plain text, for the console and logs.</summary>
public sealed class PlainTextDigestRenderer
{
    public string Render(Digest digest)
    {
        if (digest.IsEmpty) return DigestWording.NothingNew + "\n";
        var text = new StringBuilder();
        var newestYear = DigestWording.NewestYear(digest);
        foreach (var section in digest.Sections)
        {
            if (text.Length > 0) text.Append('\n');
            text.Append(section.Title).Append(" (").Append(DigestWording.Coverage(section)).Append(")\n");
            foreach (var point in section.Points)
                text.Append("  • ").Append(DigestWording.Lead(point, newestYear)).Append(DigestWording.Text(point, newestYear)).Append(" [").Append(PointCredit.Of(point)).Append("]\n");
        }
        return text.ToString();
    }
}
