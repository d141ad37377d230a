using Briefing.News.Digests;
using Briefing.News.Summaries;

namespace Briefing.News.Tests.Digests;

/// <summary>"yesterday", "last week", "next Tuesday" in a bullet read against its source's date.</summary>
public sealed class RelativeDatesTests
{
    // A Thursday.
    private static readonly DateTimeOffset Published = new(2024, 7, 11, 14, 0, 0, TimeSpan.Zero);

    private static string Rendered(string sentence, DateTimeOffset? published, DateTimeOffset? firstSeen = null)
    {
        var source = new PointSource(1, "White House", "Remarks at the summit", null, published, firstSeen);
        var point = new SummaryPoint(sentence, [source], [], 1, 0, 0);
        var digest = new Digest([new DigestSection("nato-accession", "NATO accession", 1, 1, [point])]);
        return new PlainTextDigestRenderer().Render(digest);
    }

    [Theory]
    [InlineData("The Alliance reaffirmed in its communiqué yesterday that the door remains open.", "communiqué yesterday [10 Jul] that")]
    [InlineData("Leaders will meet the Ukrainian delegation tomorrow in the main hall of the summit.", "delegation tomorrow [12 Jul] in")]
    [InlineData("Last night the ministers agreed on the text of the declaration for the summit.", "Last night [10 Jul] the")]
    [InlineData("The ministers agreed last week on the text of the declaration for the summit.", "agreed last week [week of 1 Jul] on")]
    [InlineData("The ministers agreed last Tuesday on the text of the declaration for the summit.", "agreed last Tuesday [9 Jul] on")]
    [InlineData("The ministers will sign the declaration next Monday at the close of the summit.", "declaration next Monday [15 Jul] at")]
    public void A_day_counted_from_the_source_carries_its_date(string sentence, string expected)
    {
        Assert.Contains(expected, Rendered(sentence, Published));
    }

    [Fact]
    public void Today_and_this_week_are_left_as_said_since_the_bullet_opens_with_that_date()
    {
        var text = Rendered("Today the allies agreed this week's declaration on the path to membership.", Published);

        Assert.Contains("11 Jul · Today the allies agreed this week's declaration", text);
    }

    [Fact]
    public void A_page_dated_only_by_when_it_was_seen_keeps_its_words()
    {
        var text = Rendered("The Alliance reaffirmed in its communiqué yesterday that the door remains open.", null, Published);

        Assert.Contains("communiqué yesterday that", text);
    }

    [Fact]
    public void A_date_in_another_year_than_the_digests_newest_shows_its_year()
    {
        var newYear = new DateTimeOffset(2025, 1, 1, 12, 0, 0, TimeSpan.Zero);

        Assert.Contains("celebrated yesterday [31 Dec 2024] in", Rendered("The capital celebrated yesterday in the main square of the city.", newYear));
    }
}
