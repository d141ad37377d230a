using Briefing.News.Corpus;

namespace Briefing.News.Tests.Corpus;

/// <summary>Each common dateline form on a made-up page, and dates that are not the page's own.</summary>
public sealed class PublishedDateTests
{
    private const string Body =
        "Ukraine presented its plan to defence ministers in Brussels on Thursday, officials said. The ministers asked for more detail.";

    [Theory]
    [InlineData("Oct 9, 2024 13:17 42", "2024-10-09T13:17:00+00:00")]
    [InlineData("Tuesday, 24 September 2024 —", "2024-09-24T00:00:00+00:00")]
    [InlineData("2024-10-09", "2024-10-09T00:00:00+00:00")]
    [InlineData("2024-10-09T13:17:00Z", "2024-10-09T13:17:00+00:00")]
    [InlineData("2024-10-09T13:17:00+03:00", "2024-10-09T13:17:00+03:00")]
    [InlineData("2024-10-09 13:17", "2024-10-09T13:17:00+00:00")]
    [InlineData("24.09.2024", "2024-09-24T00:00:00+00:00")]
    [InlineData("24.09.2024 10:05", "2024-09-24T10:05:00+00:00")]
    [InlineData("13:17, 09.10.2024", "2024-10-09T13:17:00+00:00")]
    [InlineData("09/24/2024", "2024-09-24T00:00:00+00:00")]
    [InlineData("September 24, 2024", "2024-09-24T00:00:00+00:00")]
    [InlineData("Posted on September 24th, 2024", "2024-09-24T00:00:00+00:00")]
    [InlineData("24 Sep 2024, 10:05", "2024-09-24T10:05:00+00:00")]
    [InlineData("Sept. 24, 2024 at 1:17 p.m. EDT", "2024-09-24T13:17:00-04:00")]
    [InlineData("Published: 24/09/2024 10:05 GMT", "2024-09-24T10:05:00+00:00")]
    [InlineData("Updated 9 October 2024, 13:17 (UTC+3)", "2024-10-09T13:17:00+03:00")]
    [InlineData("Wed 9 Oct 2024 | 08:00 AM", "2024-10-09T08:00:00+00:00")]
    [InlineData("By Olena Kovalenko | 24 Sep 2024, 10:05", "2024-09-24T10:05:00+00:00")]
    [InlineData("September 20, 2024 10:12 PM 2 min read", "2024-09-20T22:12:00+00:00")]
    [InlineData("by Jane Doe and John Roe June 27, 2024 3:38 PM 3 min read", "2024-06-27T15:38:00+00:00")]
    [InlineData("Kyiv Herald — Thursday, 5 September 2024, 19:30", "2024-09-05T19:30:00+00:00")]
    [InlineData("Stars and Stripes • September 6, 2024", "2024-09-06T00:00:00+00:00")]
    [InlineData("2024.01.11 16:24", "2024-01-11T16:24:00+00:00")]
    [InlineData("24. Jan 2024 at 18:32", "2024-01-24T18:32:00+00:00")]
    [InlineData("Stand: 18.10.2024 12:05 Uhr", "2024-10-18T12:05:00+00:00")]
    [InlineData("Publié le 26/11/2024 à 09h12", "2024-11-26T00:00:00+00:00")]
    [InlineData("19 November 2024 Updated 1 hour ago", "2024-11-19T00:00:00+00:00")]
    [InlineData("Tuesday December 03 2024, 5.00pm, The Times", "2024-12-03T17:00:00+00:00")]
    [InlineData("Published On 5 Jul 2024 5 Jul 2024", "2024-07-05T00:00:00+00:00")]
    public void A_dateline_gives_the_publication_time_and_leaves_the_body(string dateline, string expected)
    {
        var article = new ArticleCleaner().CleanText($"Ministers weigh Kyiv's plan\n\n{dateline}\n\n{Body}");

        Assert.Equal(DateTimeOffset.Parse(expected), article.Published);
        Assert.Equal(DateTimeOffset.Parse(expected).Offset, article.Published!.Value.Offset);
        Assert.Equal([Body], article.Paragraphs);
    }

    [Fact]
    public void A_dateline_above_the_headline_counts_too()
    {
        var article = new ArticleCleaner().CleanText($"News\n\n24 Sep 2024\n\nMinisters weigh Kyiv's plan\n\n{Body}");

        Assert.Equal(new DateTimeOffset(2024, 9, 24, 0, 0, 0, TimeSpan.Zero), article.Published);
        Assert.Equal("Ministers weigh Kyiv's plan", article.Title);
    }

    [Theory]
    [InlineData("Zelensky arrives at a meeting of the Security Council in New York on September 24, 2024.")]
    [InlineData("The plan was first shown to allies on 24.09.2024 in New York.")]
    [InlineData("On October 9, 2024 13:17 the talks began.")]
    [InlineData("Kyiv Herald — the talks began on 5 September 2024.")]
    [InlineData("By Tuesday, 5 September 2024, the talks had begun.")]
    public void A_date_mentioned_in_a_sentence_is_not_the_publication_date(string sentence)
    {
        var article = new ArticleCleaner().CleanText($"Ministers weigh Kyiv's plan\n\n{sentence}\n\n{Body}");

        Assert.Null(article.Published);
        Assert.Equal([sentence, Body], article.Paragraphs);
    }

    [Theory]
    [InlineData("Oct 32, 2024")]
    [InlineData("31.02.2024")]
    [InlineData("2024")]
    [InlineData("25:61 24.09.2024")]
    [InlineData("Jan 1, 0000")]
    [InlineData("24 Sep 2024 10:05 UTC+99")]
    [InlineData("24 Sep 2024 10:05 +1599")]
    [InlineData("31 December 9999 23:59 EST")]
    public void An_impossible_date_is_not_read(string line)
    {
        Assert.False(PublishedDateParser.TryParseDateLine(line, out _));
    }

    [Fact]
    public void The_first_dateline_wins_over_a_later_updated_line()
    {
        var article = new ArticleCleaner().CleanText(
            $"Ministers weigh Kyiv's plan\n\nPublished 24 Sep 2024, 10:05\n\nUpdated 25 Sep 2024, 08:00\n\n{Body}");

        Assert.Equal(new DateTimeOffset(2024, 9, 24, 10, 5, 0, TimeSpan.Zero), article.Published);
        Assert.Equal([Body], article.Paragraphs);
    }
}
