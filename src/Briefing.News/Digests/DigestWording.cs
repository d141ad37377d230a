namespace Briefing.News.Digests;

/// <summary>The words a digest uses around its points, shared by the Telegram and plain-text forms.</summary>
public static class DigestWording
{
    public const string NothingNew = "Nothing new on your topics since the last digest.";

    public const string Continued = " (cont.)";

    /// <summary>"5 new articles from 4 outlets".</summary>
    public static string Coverage(DigestSection section)
    {
        var articles = section.Articles == 1 ? "1 new article" : $"{section.Articles} new articles";
        return section.Outlets switch
        {
            0 => articles,
            1 => $"{articles} from 1 outlet",
            var n => $"{articles} from {n} outlets",
        };
    }
}
