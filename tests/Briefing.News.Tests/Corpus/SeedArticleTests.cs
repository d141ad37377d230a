using Briefing.News.Corpus;

namespace Briefing.News.Tests.Corpus;

/// <summary>The five real pages in seeds/, each read by hand: headline, date, outlet, every article paragraph, no furniture.</summary>
public sealed class SeedArticleTests
{
    private static CleanedArticle Cleaned(string number)
    {
        var (content, fileName) = SeedPages.Read(number);
        return new ArticleCleaner().Clean(content, fileName);
    }

    [Theory]
    [InlineData("000", "Allies: Volodymyr Zelensky may also soften his stance on the terms of talks with Vladimir Putin")]
    [InlineData("001", "Ukraine’s backers want talks with Putin – Bloomberg")]
    [InlineData("002", "Allies do not expect breakthrough from Zelenskyy's Victory Plan")]
    [InlineData("003", "Zelensky to Present Ukraine's Victory Plan at NATO Amid US Election Uncertainty")]
    [InlineData("004", "Zelensky Shifts Focus to Security Guarantees, Rethinking Negotiations for Peace with Russia")]
    public void Each_seed_has_its_headline_once(string number, string headline)
    {
        var article = Cleaned(number);

        Assert.Equal(headline, article.Title);
        Assert.DoesNotContain(article.Paragraphs, p => p.StartsWith(headline, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void The_dateline_with_time_and_view_counter_gives_the_publication_time()
    {
        Assert.Equal(new DateTimeOffset(2024, 10, 9, 13, 17, 0, TimeSpan.Zero), Cleaned("000").Published);
    }

    [Fact]
    public void The_weekday_dateline_gives_the_publication_day()
    {
        Assert.Equal(new DateTimeOffset(2024, 9, 24, 0, 0, 0, TimeSpan.Zero), Cleaned("002").Published);
    }

    [Theory]
    [InlineData("001")]   // "on September 24, 2024" is in a teaser caption, not a dateline
    [InlineData("003")]
    [InlineData("004")]
    public void A_seed_that_states_no_date_has_none(string number)
    {
        Assert.Null(Cleaned(number).Published);
    }

    [Theory]
    [InlineData("000", "Fakti")]
    [InlineData("001", null)]
    [InlineData("002", null)]
    [InlineData("003", "NewsTrack")]
    [InlineData("004", null)]
    public void The_outlet_is_the_one_the_page_names(string number, string? outlet)
    {
        Assert.Equal(outlet, Cleaned(number).Outlet);
    }

    [Fact]
    public void No_seed_body_keeps_page_furniture()
    {
        string[] furniture =
        [
            "Advertisement", "Share:", "Click to comment", "Notify of", "Inline Feedbacks", "View all comments",
            "Comments", "Subscribe", "Read more", "READ MORE", "Related News", "You May Also Like", "Ctrl + Enter",
            "report it to the editors", "Connect with us", "looking for?", "Last news in", "Whatsapp",
            "dedicated to providing you",
            // the teaser after "Read more" in 001: caption and headline of another story
            "arrives at a meeting of the United Nations Security Council", "Zelensky speaks out against peace talks",
            "US must get out of Ukraine",
            // the unrelated stories under "You May Also Like" in 004
            "Akaza", "NEPRA", "Emma D’Arcy", "Jennifer Coolidge",
        ];
        foreach (var number in SeedPages.Numbers())
        {
            var body = Cleaned(number).Body;
            foreach (var marker in furniture)
                Assert.False(body.Contains(marker, StringComparison.OrdinalIgnoreCase), $"seed {number} keeps \"{marker}\"");
            Assert.DoesNotContain(Cleaned(number).Paragraphs, p => p is "News" or "guest" or "Entertainment" or "42");
        }
    }

    // Counted by reading each page: every article paragraph, and nothing else.
    [Theory]
    [InlineData("000", 7, "Ukraine's allies believe that President Volodymyr Zelensky may change his approach",
        "could be a de facto substitute for membership.")]
    [InlineData("001", 9, "Vladimir Zelensky’s ‘victory plan’ is a predictable “wish list,” an official has told the news agency",
        "must be prevented by all means necessary.")]
    [InlineData("002", 12, "Some Western officials are advising against expecting much",
        "called on allies to strengthen Ukrainian forces.")]
    [InlineData("003", 11, "Ukrainian President Volodymyr Zelensky is set to present his \"victory plan\"",
        "leaving some to wonder when further support might arrive.")]
    [InlineData("004", 8, "Ukrainian President Volodymyr Zelensky has recently shifted his stance",
        "reaching a meaningful agreement with Putin.")]
    public void Every_article_paragraph_is_kept_from_first_to_last(string number, int count, string firstStart, string lastEnd)
    {
        var paragraphs = Cleaned(number).Paragraphs;

        Assert.Equal(count, paragraphs.Count);
        Assert.StartsWith(firstStart, paragraphs[0]);
        Assert.EndsWith(lastEnd, paragraphs[^1]);
    }

    [Fact]
    public void Every_kept_paragraph_is_text_of_the_page_itself()
    {
        foreach (var number in SeedPages.Numbers())
        {
            var page = Collapse(SeedPages.Read(number).Content);
            foreach (var paragraph in Cleaned(number).Paragraphs)
                Assert.Contains(paragraph, page);
        }
    }

    [Theory]
    [InlineData("000", "On Monday, Zelensky said: \"We invite our partners to define how they see the end of this war")]
    [InlineData("000", "US officials have asked Kiev to develop an action plan for next year, including military support and financial aid. Zelensky promised")]
    [InlineData("001", "Kiev has ruled out negotiations with Russia and has rejected any possibility of compromise.")]
    [InlineData("001", "Andrey Yermak, Zelensky’s powerful chief of staff, reiterated a call to Western backers")]
    [InlineData("002", "Western countries are also beginning to worry about their own security")]
    [InlineData("002", "Another source called the plan a \"wish list\".")]
    [InlineData("003", "Diplomats have noted that the NATO talks are happening during a period of \"waiting,\"")]
    [InlineData("004", "Zelensky’s shift in tone may also be a strategic effort to maintain U.S. and European support")]
    [InlineData("004", "However, NATO membership remains uncertain due to political divisions within the alliance")]
    public void Key_article_sentences_are_kept(string number, string sentence)
    {
        Assert.Contains(Cleaned(number).Paragraphs, p => p.Contains(sentence, StringComparison.Ordinal));
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
