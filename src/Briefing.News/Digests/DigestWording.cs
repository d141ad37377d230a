using Briefing.News.Summaries;

namespace Briefing.News.Digests;

/// <summary>The words a digest uses around its points, shared by the Telegram and plain-text forms.</summary>
public static class DigestWording
{
    public const string NothingNew = "Nothing new on your topics since the last digest.";

    public const string Continued = " (cont.)";

    /// <summary>
    /// What stands before a point's sentence: its date as a reader expects it ("20 Nov"; the year too when it is not the
    /// digest's newest year; "seen 20 Nov" when the page had no date) and who says it ("John Kirby: ").
    /// </summary>
    public static string Lead(SummaryPoint point, int newestYear)
    {
        var lead = "";
        if (point.DatedBy?.Date is { } date)
            lead = (point.DatedBy.IsDatedByFirstSeen ? "seen " : "") + RelativeDates.Format(DateOnly.FromDateTime(date.Date), newestYear) + " · ";
        return point.Speaker is { } speaker ? lead + speaker + ": " : lead;
    }

    /// <summary>The point's sentence as a reader sees it: days counted from its source's date ("yesterday") carry that date.</summary>
    public static string Text(SummaryPoint point, int newestYear) =>
        point.DatedBy?.Published is { } published
            ? RelativeDates.Resolve(point.Text, DateOnly.FromDateTime(published.Date), day => RelativeDates.Format(day, newestYear))
            : point.Text;

    /// <summary>The year of the newest dated point: dates in it are shown without their year.</summary>
    public static int NewestYear(Digest digest) =>
        digest.Sections.SelectMany(s => s.Points).Select(p => p.DatedBy?.Date?.Year ?? 0).DefaultIfEmpty(0).Max();

    /// <summary>"5 new articles from 4 sources".</summary>
    public static string Coverage(DigestSection section)
    {
        var articles = section.Articles == 1 ? "1 new article" : $"{section.Articles} new articles";
        return section.Sources switch
        {
            0 => articles,
            1 => $"{articles} from 1 source",
            var n => $"{articles} from {n} sources",
        };
    }
}
