using Briefing.News.Corpus;

namespace Briefing.News.Tests.Corpus;

/// <summary>The outlet is read from the ways a page names itself, and the naming line never reaches the body.</summary>
public sealed class OutletTests
{
    private const string Body =
        "Ukraine presented its plan to defence ministers in Brussels on Thursday, officials said. The ministers asked for more detail.";

    [Theory]
    [InlineData("Last news in Fakti", "Fakti")]
    [InlineData("Latest news from Kyiv Herald", "Kyiv Herald")]
    [InlineData("Join NewsTrack Whatsapp group", "NewsTrack")]
    [InlineData("Join the Daily Wire Telegram channel", "Daily Wire")]
    [InlineData("Follow Kyiv Herald on Twitter", "Kyiv Herald")]
    [InlineData("Download the Kyiv Herald app", "Kyiv Herald")]
    [InlineData("© 2024 Kyiv Herald. All rights reserved.", "Kyiv Herald")]
    [InlineData("Copyright 2019–2024 Kyiv Herald", "Kyiv Herald")]
    public void A_line_naming_the_site_gives_the_outlet(string line, string outlet)
    {
        var article = new ArticleCleaner().CleanText($"Ministers weigh Kyiv's plan\n\n{Body}\n\n{line}");

        Assert.Equal(outlet, article.Outlet);
        Assert.Equal([Body], article.Paragraphs);
    }

    [Theory]
    [InlineData("Join our WhatsApp group")]
    [InlineData("Follow us on Telegram")]
    [InlineData("Source: Bloomberg")]
    public void A_line_that_names_no_site_gives_no_outlet(string line)
    {
        var article = new ArticleCleaner().CleanText($"Ministers weigh Kyiv's plan\n\n{Body}\n\n{line}");

        Assert.Null(article.Outlet);
        Assert.Equal([Body], article.Paragraphs);
    }

    [Theory]
    [InlineData("THE KYIV HERALD", "The Kyiv Herald")]
    [InlineData("Daily Ledger", "Daily Ledger")]
    [InlineData("ledger.", "ledger")]
    [InlineData("AP NEWS", "AP News")]
    public void The_pages_first_line_set_apart_over_a_headline_is_its_masthead(string masthead, string outlet)
    {
        var article = new ArticleCleaner().CleanText($"{masthead}\nWorld  Business  Politics  More\n\nMinisters weigh Kyiv's plan in Brussels\n\n{Body}");

        Assert.Equal(outlet, article.Outlet);
        Assert.Equal("Ministers weigh Kyiv's plan in Brussels", article.Title);
        Assert.Equal([Body], article.Paragraphs);
    }

    [Theory]
    [InlineData("Europe Edition")]
    [InlineData("GERMANY")]
    [InlineData("By Jane Doe")]
    [InlineData("Russia-Ukraine war")]
    public void A_section_label_or_byline_on_the_first_line_is_no_masthead(string line)
    {
        var article = new ArticleCleaner().CleanText($"{line}\n\nMinisters weigh Kyiv's plan in Brussels\n\n{Body}");

        Assert.Null(article.Outlet);
        Assert.Equal("Ministers weigh Kyiv's plan in Brussels", article.Title);
    }

    [Fact]
    public void A_short_first_line_with_no_headline_under_it_is_the_headline()
    {
        var article = new ArticleCleaner().CleanText($"Ministers Weigh Kyiv Plan\n{Body}");

        Assert.Null(article.Outlet);
        Assert.Equal("Ministers Weigh Kyiv Plan", article.Title);
    }

    [Fact]
    public void An_outlet_cited_in_the_text_is_not_the_pages_own()
    {
        var article = new ArticleCleaner().CleanText($"Ministers weigh Kyiv's plan\n\nBloomberg reported on Tuesday that allies want talks. {Body}");

        Assert.Null(article.Outlet);
    }
}
