using Briefing.News.Corpus;

namespace Briefing.News.Tests.Corpus;

/// <summary>Made-up pages, one kind of furniture each, around the same two article paragraphs.</summary>
public sealed class FurnitureRemovalTests
{
    private const string Headline = "Kyiv presents its plan to allies in Brussels";
    private const string First =
        "Ukraine presented its plan to defence ministers in Brussels on Thursday, officials said. The ministers asked for more detail on air defence.";
    private const string Second =
        "The alliance will return to the question at its summit next year. Diplomats expect a long debate over the timing of any invitation.";

    private static CleanedArticle Clean(string page) => new ArticleCleaner().CleanText(page);

    private static void AssertOnlyTheArticle(CleanedArticle article)
    {
        Assert.Equal(Headline, article.Title);
        Assert.Equal([First, Second], article.Paragraphs);
    }

    [Fact]
    public void Share_and_comment_widgets_are_removed()
    {
        var article = Clean($"""
            {Headline}
            Share:
            Tweet

            {First}

            {Second}

            Share this article
            Click to comment
            Subscribe
            Notify of
            guest
            3 Comments
            Inline Feedbacks
            View all comments
            Oldest
            """);

        AssertOnlyTheArticle(article);
    }

    [Fact]
    public void A_page_saved_as_text_keeps_its_headline_under_masthead_menus_tagline_and_section_label()
    {
        var article = Clean($"""
            The Daily Ledger
            Independent News From Eastern Europe
            Home  World  Business  Politics  Opinion  |  Subscribe

            News | War in Ukraine

            {Headline}

            {First}

            {Second}
            """);

        AssertOnlyTheArticle(article);
    }

    [Fact]
    public void A_menu_row_or_a_cookie_notice_in_the_text_is_removed()
    {
        var article = Clean($"""
            {Headline}

            Accept cookies?  We use cookies to improve your experience and to show you content from social media.  [Accept all]  [Only necessary]

            {First}

            Europe  Military  Veterans  Opinion  Photos  Video

            {Second}
            """);

        AssertOnlyTheArticle(article);
    }

    [Fact]
    public void A_short_title_case_headline_over_a_wrapped_lead_stays_the_headline()
    {
        var article = Clean("""
            President Announces Key Nominations
            WASHINGTON – Today, the President announced his intent to nominate
            the following individuals to serve in key roles in his administration.
            """);

        Assert.Equal("President Announces Key Nominations", article.Title);
    }

    [Theory]
    [InlineData("Related")]
    [InlineData("Related links")]
    [InlineData("Latest on Ukraine")]
    [InlineData("More on the war in Ukraine")]
    [InlineData("DW recommends")]
    [InlineData("Keep reading")]
    public void A_list_of_related_headlines_after_the_article_is_removed_whole(string header)
    {
        var article = Clean($"""
            {Headline}

            {First}

            {Second}

            {header}
            - What is in the new security agreement
            - Putin sets out his terms: Ukraine must drop its NATO bid
            - Georgia protests: police fire water cannon at marchers

            (c) 2024 The Daily Ledger Company
            """);

        AssertOnlyTheArticle(article);
    }

    [Fact]
    public void A_related_list_that_opens_with_a_question_headline_is_removed_whole()
    {
        var article = Clean($"""
            {Headline}

            {First}

            {Second}

            Read also:
            - Zelensky dismisses Zaluzhnyi: what next for the Armed Forces?
            - US Senate advances $95 billion aid bill
            - Stoltenberg: Ukraine will become NATO member, it is a question of when

            (c) 2024 The Daily Ledger Company
            """);

        AssertOnlyTheArticle(article);
    }

    [Fact]
    public void A_live_blog_entry_after_its_time_stamp_is_a_paragraph_of_its_own_not_the_end_of_the_key_points()
    {
        var article = Clean("""
            Russia-Ukraine war live: Zelenskiy proposes NATO umbrella for free territory

            Key events
            - Zelenskiy: 'We have to do it fast'
            - Second large-scale strike on energy grid this week
            - Protests continue in Tbilisi after Georgia suspends EU talks

            15.40 GMT
            Nato officials cautious
            A Nato official said membership decisions were for all 32 allies and that the alliance's position had not changed.
            """);

        Assert.Contains("A Nato official said membership decisions were for all 32 allies and that the alliance's position had not changed.", article.Paragraphs);
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("Tbilisi", StringComparison.Ordinal) && p.Contains("Nato official", StringComparison.Ordinal));
    }

    [Fact]
    public void Update_and_publication_stamps_are_removed_and_never_become_the_title()
    {
        var article = Clean($"""
            Updated at 23.41 BST

            {Headline}
            First published on Thu 12 Sep 2024 18.02 BST

            {First}

            Last updated 10:05 GMT

            {Second}
            """);

        AssertOnlyTheArticle(article);
    }

    [Fact]
    public void A_sentence_that_begins_with_updated_is_article_text()
    {
        var article = Clean($"""
            {Headline}

            {First}

            Updated maps of the front line show 12 villages changed hands this week.

            {Second}
            """);

        Assert.Contains("Updated maps of the front line show 12 villages changed hands this week.", article.Paragraphs);
    }

    [Fact]
    public void Advertisement_markers_are_removed()
    {
        var article = Clean($"""
            {Headline}

            ADVERTISEMENT

            {First}

            Advertisement:

            Sponsored

            Story continues below advertisement

            {Second}

            Advertisement
            """);

        AssertOnlyTheArticle(article);
    }

    [Fact]
    public void A_read_more_marker_removes_the_teaser_caption_and_headline_after_it()
    {
        var article = Clean($"""
            {Headline}

            {First}

            Read more

            Defence ministers arrive at the alliance headquarters in Brussels on October 17, 2024.
            Allies split over the timing of an invitation

            {Second}
            """);

        AssertOnlyTheArticle(article);
        Assert.Null(article.Published);
    }

    [Fact]
    public void A_teaser_caption_and_headline_in_separate_blocks_are_removed()
    {
        var article = Clean($"""
            {Headline}

            {First}

            See also

            Defence ministers arrive at the alliance headquarters in Brussels.

            Allies split over the timing of an invitation

            {Second}
            """);

        AssertOnlyTheArticle(article);
    }

    [Fact]
    public void Inline_read_more_teaser_lines_are_removed()
    {
        var article = Clean($"""
            {Headline}

            {First}

            READ MORE: Allies split over the timing of an invitation

            Also read: What the plan says about security guarantees

            Related: Ministers meet in Brussels

            {Second}
            """);

        AssertOnlyTheArticle(article);
    }

    [Fact]
    public void A_long_paragraph_after_a_read_more_marker_is_article_text_and_stays()
    {
        var long_ = string.Join(' ', Enumerable.Repeat("The ministers talked about air defence and about the winter ahead.", 6));
        var article = Clean($"""
            {Headline}

            {First}

            Read more

            {long_}

            {Second}
            """);

        Assert.Equal([First, long_, Second], article.Paragraphs);
    }

    [Fact]
    public void A_teaser_headline_above_its_read_also_marker_is_removed()
    {
        var article = Clean($"""
            {Headline}

            {First}

            Ukraine war latest: Russia strikes Kharkiv as Ukraine hits oil depots
            Read also

            {Second}
            """);

        AssertOnlyTheArticle(article);
    }

    [Fact]
    public void A_plain_sentence_after_a_read_more_marker_is_article_text_and_stays()
    {
        var article = Clean($"""
            {Headline}

            Read more

            {First}

            Note from the author:

            {Second}
            """);

        Assert.Equal([First, Second], article.Paragraphs);
    }

    [Fact]
    public void Photo_captions_with_credits_and_membership_appeals_are_removed()
    {
        var article = Clean($"""
            {Headline}
            by Olena Kovalenko and Martin Fornusek

            Defence ministers arrive in Brussels on Oct. 17, 2024. (Yves Herman/Reuters)

            {First}

            {Second}

            Hi, this is Olena. Please consider supporting our journalism by becoming a member.
            """);

        AssertOnlyTheArticle(article);
    }

    [Fact]
    public void Editor_notices_are_removed()
    {
        var article = Clean($"""
            {Headline}

            {First}

            {Second}

            If you notice an error, select the required text and press Ctrl + Enter to report it to the editors.

            Found a typo? Select it and press Ctrl+Enter.
            """);

        AssertOnlyTheArticle(article);
    }

    [Fact]
    public void Site_blurbs_and_footers_are_removed_and_the_copyright_names_the_outlet()
    {
        var article = Clean($"""
            {Headline}

            {First}

            {Second}

            We're dedicated to providing you the most authenticated news from the region.

            About Us | Contact | Privacy Policy | Terms of Use

            © 2024 Kyiv Daily. All rights reserved.
            """);

        AssertOnlyTheArticle(article);
        Assert.Equal("Kyiv Daily", article.Outlet);
    }

    [Fact]
    public void Everything_under_you_may_also_like_is_removed()
    {
        var article = Clean($"""
            {Headline}

            {First}

            {Second}

            You May Also Like

            Entertainment

            A famous actress has only appeared in a small number of movies and TV shows. It might be surprising.

            Business

            The regulator granted a total of 1,596 licenses nationwide in the fiscal year, officials said.
            """);

        AssertOnlyTheArticle(article);
    }

    [Fact]
    public void Related_news_ends_the_article()
    {
        var article = Clean($"""
            {Headline}

            {First}

            {Second}

            Related News
            Ministers meet again in Brussels to discuss the plan and the timing of the invitation.
            """);

        AssertOnlyTheArticle(article);
    }

    [Fact]
    public void Join_and_follow_promos_are_removed_and_the_group_names_the_outlet()
    {
        var article = Clean($"""
            {Headline}

            {First}

            Follow us on Telegram

            Subscribe to our newsletter for daily updates

            {Second}

            Join DailyWire24 Telegram channel
            """);

        AssertOnlyTheArticle(article);
        Assert.Equal("DailyWire24", article.Outlet);
    }

    [Fact]
    public void Image_credits_counters_and_bylines_are_removed()
    {
        var article = Clean($"""
            {Headline}
            By Olena Kovalenko and John Smith
            1.2K views
            5 min read

            Photo: Reuters/Yves Herman

            {First}

            Image credit: Getty Images

            {Second}

            42
            """);

        AssertOnlyTheArticle(article);
    }

    [Fact]
    public void Share_rows_tags_breadcrumbs_and_newsletter_boxes_are_removed()
    {
        var article = Clean($"""
            Home » World » Europe
            {Headline}
            Share this: Facebook, Twitter, WhatsApp, Telegram, Email

            {First}

            Sign up for our morning briefing, delivered to your inbox

            {Second}

            Tags: NATO, Ukraine, Brussels, air defence, security guarantees, victory plan
            Comments (3)
            """);

        AssertOnlyTheArticle(article);
    }

    [Fact]
    public void Site_chrome_before_the_headline_is_skipped_and_names_the_outlet()
    {
        var article = Clean($"""
            Skip to content
            Menu
            Hi, what are you looking for?
            Latest news from Kyiv Herald

            World

            {Headline}

            {First}

            {Second}
            """);

        AssertOnlyTheArticle(article);
        Assert.Equal("Kyiv Herald", article.Outlet);
    }

    [Fact]
    public void A_repeated_headline_appears_once_as_the_title_only()
    {
        var article = Clean($"""
            {Headline}
            {Headline}

            {First}

            {Headline}  - 1

            {Headline.ToUpperInvariant()}

            {Second}
            """);

        AssertOnlyTheArticle(article);
    }

    [Fact]
    public void A_standfirst_becomes_the_first_paragraph()
    {
        var standfirst = "Ministers want details before they commit";
        var article = Clean($"""
            {Headline}

            {standfirst}

            {First}

            {Second}
            """);

        Assert.Equal([standfirst, First, Second], article.Paragraphs);
    }

    [Fact]
    public void A_standfirst_repeated_in_the_body_is_kept_once()
    {
        var article = Clean($"""
            {Headline}

            Ukraine presented its plan to defence ministers in Brussels on Thursday, officials said

            {First}

            {Second}
            """);

        AssertOnlyTheArticle(article);
    }

    [Fact]
    public void Comment_counters_above_the_article_do_not_end_it()
    {
        var article = Clean($"""
            {Headline}
            0 Comments

            {First}

            {Second}
            """);

        AssertOnlyTheArticle(article);
    }

    [Fact]
    public void Hard_wrapped_lines_of_one_paragraph_are_joined()
    {
        var article = Clean($"""
            {Headline}

            Ukraine presented its plan to defence ministers in Brussels on
            Thursday, officials said. The ministers asked for more detail on
            air defence.

            {Second}
            """);

        AssertOnlyTheArticle(article);
    }

    [Fact]
    public void Hard_wrapped_transcript_text_loses_nothing()
    {
        var article = Clean("""
            Press Briefing by the Press Secretary

            Q    And is there anything you can tell us about the level of engagement
            by U.S. officials to try and prevent a broader escalation?  I mean,
            we have already seen rockets fired.

            MS. SMITH:  Go ahead —

            Q    Does the President have a message for a sport that is
            wildly popular —

            MS. SMITH:  Go ahead —

            Republicans:

            Q    The alliance was founded in April
            1949.
            """);

        Assert.Equal(
        [
            "Q And is there anything you can tell us about the level of engagement by U.S. officials to try and prevent a broader escalation? I mean, we have already seen rockets fired.",
            "MS. SMITH: Go ahead —",
            "Q Does the President have a message for a sport that is wildly popular —",
            "MS. SMITH: Go ahead —",
            "Republicans:",
            "Q The alliance was founded in April 1949.",
        ], article.Paragraphs);
    }

    [Fact]
    public void A_transcript_line_wrapped_after_a_name_or_a_dash_goes_on_in_the_next_line()
    {
        var article = Clean("""
            Press Briefing by the Press Secretary

            Q    Allies are still divided on this.  Does the President support membership in NATO
            for Ukraine?

            MS. SMITH:  We are committed to the open-door policy.  Any decision is for the allies and the as- —
            and the aspirant country.
            """);

        Assert.Equal(
        [
            "Q Allies are still divided on this. Does the President support membership in NATO for Ukraine?",
            "MS. SMITH: We are committed to the open-door policy. Any decision is for the allies and the as- — and the aspirant country.",
        ], article.Paragraphs);
    }

    [Fact]
    public void A_short_two_sentence_headline_is_still_the_headline()
    {
        var article = Clean($"Is peace close? Allies doubt it\n\n{First}\n\n{Second}");

        Assert.Equal("Is peace close? Allies doubt it", article.Title);
        Assert.Equal([First, Second], article.Paragraphs);
    }

    [Theory]
    [InlineData("Ukraine's goal is to become a member of NATO, Zelensky said, and allies should support it.")]
    [InlineData("Listen — the President has been clear about where we stand on the alliance.")]
    [InlineData("Follow-up talks with the Contact Group are planned for next month.")]
    [InlineData("Like the G7 group, the alliance will discuss long-term support.")]
    [InlineData("Images by Maxar show the damage to the port.")]
    [InlineData("We are committed to supporting Ukraine for as long as it takes, and our partners know it.")]
    [InlineData("The ministry said the figures were preliminary (Kyiv time).")]
    [InlineData("He urged allies to join us in defending freedom and to support independent journalism.")]
    public void Article_sentences_that_resemble_furniture_stay(string sentence)
    {
        var article = Clean($"{Headline}\n\n{First}\n\n{sentence}\n\n{Second}");

        Assert.Equal([First, sentence, Second], article.Paragraphs);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  \t\n")]
    public void An_empty_page_gives_an_empty_article(string page)
    {
        var article = Clean(page);

        Assert.Equal("", article.Title);
        Assert.Null(article.Published);
        Assert.Null(article.Outlet);
        Assert.Empty(article.Paragraphs);
    }

    [Fact]
    public void A_page_without_a_headline_line_takes_its_first_sentence_as_title_and_keeps_all_text()
    {
        var article = Clean($"{First}\n\n{Second}");

        Assert.Equal("Ukraine presented its plan to defence ministers in Brussels on Thursday, officials said.", article.Title);
        Assert.Equal([First, Second], article.Paragraphs);
    }
}
