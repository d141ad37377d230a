using Briefing.News.Corpus;

namespace Briefing.News.Tests.Corpus;

/// <summary>Wire datelines, bylines, reporting credits and live-blog times are furniture: gone from the text, read for the outlet and the day.</summary>
public sealed class DatelineTests
{
    private const string Second = "Ministers asked for more detail before any decision, officials said.";

    // Thursday 17 October 2024, seen a month later.
    private static readonly DateTimeOffset Seen = new(2024, 11, 20, 9, 0, 0, TimeSpan.Zero);

    private static CleanedArticle Clean(string text) => new ArticleCleaner().CleanText(text, Seen);

    [Theory]
    [InlineData("BRUSSELS, Oct 17 (Reuters) - NATO's chief said on Thursday he could not back the plan in full.", "Reuters")]
    [InlineData("KYIV, Ukraine (AP) — NATO's chief said on Thursday he could not back the plan in full.", "AP")]
    [InlineData("Fasano, Italy (CNN) — NATO's chief said on Thursday he could not back the plan in full.", "CNN")]
    [InlineData("Paris (AFP) - NATO's chief said on Thursday he could not back the plan in full.", "AFP")]
    [InlineData("MOSCOW, October 17. /TASS/. NATO's chief said on Thursday he could not back the plan in full.", "TASS")]
    [InlineData("BERLIN (Associated Press) — NATO's chief said on Thursday he could not back the plan in full.", "AP")]
    public void A_dateline_naming_an_agency_leaves_the_sentence_and_gives_the_outlet(string lead, string outlet)
    {
        var article = Clean($"{lead}\n\n{Second}");

        Assert.Equal(outlet, article.Outlet);
        Assert.Equal("NATO's chief said on Thursday he could not back the plan in full.", article.Paragraphs[0]);
        Assert.StartsWith("NATO's chief said", article.Title);
    }

    [Theory]
    [InlineData("WASHINGTON — NATO's chief said on Thursday he could not back the plan in full.")]
    [InlineData("VILNIUS - NATO's chief said on Thursday he could not back the plan in full.")]
    [InlineData("JEDDAH: NATO's chief said on Thursday he could not back the plan in full.")]
    [InlineData("POKROVSK DISTRICT, Ukraine — NATO's chief said on Thursday he could not back the plan in full.")]
    [InlineData("KYIV/MOSCOW, Oct 17 — NATO's chief said on Thursday he could not back the plan in full.")]
    public void A_bare_place_dateline_leaves_the_sentence_and_names_no_outlet(string lead)
    {
        var article = Clean($"{lead}\n\n{Second}");

        Assert.Null(article.Outlet);
        Assert.Equal("NATO's chief said on Thursday he could not back the plan in full.", article.Paragraphs[0]);
        Assert.StartsWith("NATO's chief said", article.Title);
    }

    [Fact]
    public void A_dateline_alone_on_its_line_names_the_outlet_and_the_lead_follows()
    {
        var article = Clean($"CNN —\n\nNATO's chief said on Thursday he could not back the plan in full.\n\n{Second}");

        Assert.Equal("CNN", article.Outlet);
        Assert.Equal(["NATO's chief said on Thursday he could not back the plan in full.", Second], article.Paragraphs);
        Assert.StartsWith("NATO's chief said", article.Title);
    }

    [Fact]
    public void A_dateline_day_is_the_publication_day_in_the_year_its_weekday_fits()
    {
        var article = Clean($"BRUSSELS, Oct 17 (Reuters) - NATO's chief said on Thursday he could not back the plan in full.\n\n{Second}");

        Assert.Equal(new DateTimeOffset(2024, 10, 17, 0, 0, 0, TimeSpan.Zero), article.Published);
    }

    [Fact]
    public void A_dateline_day_years_before_the_page_was_seen_still_finds_its_year_by_the_weekday()
    {
        // Seen in 2026, the Thursday 17 October of the five years before is 2024's.
        var article = new ArticleCleaner().CleanText(
            $"BRUSSELS, Oct 17 (Reuters) - NATO's chief said on Thursday he could not back the plan in full.\n\n{Second}",
            new DateTimeOffset(2026, 11, 29, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2024, 10, 17, 0, 0, 0, TimeSpan.Zero), article.Published);
    }

    [Fact]
    public void The_weekday_is_read_from_the_whole_first_sentence_past_abbreviations()
    {
        var article = Clean($"WASHINGTON, Oct 17 (Reuters) - U.S. officials said on Thursday they could not back the plan in full.\n\n{Second}");

        Assert.Equal(new DateTimeOffset(2024, 10, 17, 0, 0, 0, TimeSpan.Zero), article.Published);
    }

    [Theory]
    [InlineData("BRUSSELS, Oct 17 (Reuters) - NATO's chief said he could not back the plan in full.")]   // no weekday
    [InlineData("BRUSSELS, Oct 17 (Reuters) - NATO's chief said on Friday he could not back the plan in full.")]   // no 17 October of 2020–24 was a Friday
    public void A_dateline_day_whose_year_cannot_be_told_leaves_the_date_unknown(string lead)
    {
        var article = new ArticleCleaner().CleanText($"{lead}\n\n{Second}", new DateTimeOffset(2024, 11, 20, 0, 0, 0, TimeSpan.Zero));

        Assert.Null(article.Published);
    }

    [Fact]
    public void A_date_the_page_states_wins_over_the_dateline_day()
    {
        var article = Clean($"Ministers weigh Kyiv's plan\n\nOct 18, 2024 09:30\n\nBRUSSELS, Oct 17 (Reuters) - NATO's chief said on Thursday he could not back the plan in full.\n\n{Second}");

        Assert.Equal(new DateTimeOffset(2024, 10, 18, 9, 30, 0, TimeSpan.Zero), article.Published);
    }

    [Fact]
    public void A_dateline_under_a_standfirst_and_a_stamp_the_reader_cannot_parse_is_still_removed()
    {
        var article = Clean($"Ministers weigh Kyiv's plan\n\nAllies applaud, but the key ask goes nowhere.\n\nOctober 17, 2024 12:57 PM GMT+3 Updated 10 hours ago\n\nBRUSSELS, Oct 17 (Reuters) - NATO's chief said on Thursday he could not back the plan in full.\n\n{Second}");

        Assert.Equal("Reuters", article.Outlet);
        Assert.Contains("NATO's chief said on Thursday he could not back the plan in full.", article.Paragraphs);
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("BRUSSELS", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("KYIV, the capital, was quiet on Sunday after a night of drone attacks.")]
    [InlineData("NATO's chief met officials in WASHINGTON — and then flew to Kyiv on Sunday.")]
    [InlineData("Kyiv — the capital — was quiet on Sunday after a night of drone attacks.")]
    public void A_sentence_that_only_starts_with_a_place_stays_as_it_is(string lead)
    {
        var article = Clean($"{lead}\n\n{Second}");

        Assert.Equal(lead, article.Paragraphs[0]);
        Assert.Null(article.Outlet);
    }

    [Theory]
    [InlineData("MODERATOR: Thank you all for joining this call on the summit today.")]
    [InlineData("THE PRESIDENT: Thank you all for joining us here at the summit today.")]
    [InlineData("SUBJECT: Delegation of Authority Under Section 506 of the Foreign Assistance Act")]
    public void A_label_in_capitals_is_not_a_dateline(string line)
    {
        var article = Clean($"Summit call with officials\n\n{line}\n\nMR. KIRBY: Thanks. Good afternoon, everybody.");

        Assert.Equal(line, article.Paragraphs[0]);
    }

    [Theory]
    [InlineData("By Deborah Haynes, security and defence editor, in Vilnius", null)]
    [InlineData("By our political correspondents, Berlin", null)]
    [InlineData("By Euronews with AP, AFP, Reuters", "Euronews")]
    [InlineData("By Kyiv Herald staff with agencies", "Kyiv Herald")]
    [InlineData("By Reuters", "Reuters")]
    [InlineData("By Jane Doe", null)]
    public void A_byline_is_never_the_title_and_may_name_the_outlet(string byline, string? outlet)
    {
        var article = Clean($"{byline}\n\nNATO's chief said on Thursday he could not back the plan in full.\n\n{Second}");

        Assert.StartsWith("NATO's chief said", article.Title);
        Assert.Equal(outlet, article.Outlet);
        Assert.Equal(2, article.Paragraphs.Count);
    }

    [Fact]
    public void A_correspondent_line_over_the_date_is_a_byline()
    {
        var article = Clean($"Patrick Wintour in Vilnius\n\nWed 12 Jul 2023 16.42 BST\n\nNATO's chief said on Wednesday he could not back the plan in full.\n\n{Second}");

        Assert.StartsWith("NATO's chief said", article.Title);
        Assert.Equal(new DateTimeOffset(2023, 7, 12, 16, 42, 0, TimeSpan.FromHours(1)), article.Published);
        Assert.Equal(2, article.Paragraphs.Count);
    }

    [Theory]
    [InlineData("(Reporting by Andrew Gray; Editing by Alex Richardson)")]
    [InlineData("Reporting by Andrew Gray Editing by Alex Richardson")]
    [InlineData("Additional reporting by Jane Doe in Kyiv")]
    public void A_reporting_credit_is_not_text(string credit)
    {
        var article = Clean($"Ministers weigh Kyiv's plan\n\n{Second}\n\n{credit}");

        Assert.Equal([Second], article.Paragraphs);
    }

    [Fact]
    public void A_sentence_about_reporting_stays()
    {
        const string sentence = "Reporting by Ukrainian media suggested the talks had stalled.";
        var article = Clean($"Ministers weigh Kyiv's plan\n\n{Second}\n\n{sentence}");

        Assert.Equal([Second, sentence], article.Paragraphs);
    }

    [Theory]
    [InlineData("18:55 CET — Zelensky said Europe alone could not guarantee the peace.")]
    [InlineData("17:40 — Zelensky said Europe alone could not guarantee the peace.")]
    [InlineData("3.30pm GMT – Zelensky said Europe alone could not guarantee the peace.")]
    public void A_live_blog_time_is_not_part_of_the_sentence(string entry)
    {
        var article = Clean($"Summit live: leaders meet in Brussels\n\n{entry}\n\n{Second}");

        Assert.Equal(["Zelensky said Europe alone could not guarantee the peace.", Second], article.Paragraphs);
    }

    [Fact]
    public void A_time_inside_a_sentence_stays()
    {
        const string sentence = "The flag went up at 15:30 — just as the band began to play.";
        var article = Clean($"Ministers weigh Kyiv's plan\n\n{Second}\n\n{sentence}");

        Assert.Equal([Second, sentence], article.Paragraphs);
    }
}
