using Briefing.News.Corpus;

namespace Briefing.News.Tests.Corpus;

/// <summary>Plain-text pages saved without a headline line, with wire datelines, Markdown or HTML left in, and Briefing Room documents.</summary>
public sealed class HeadlinelessTextTests
{
    private static CleanedArticle Clean(string text) => new ArticleCleaner().CleanText(text);

    [Fact]
    public void A_page_without_a_headline_keeps_its_lead_and_gets_a_title_from_it()
    {
        var article = Clean("""
            Ukraine's parliament approved a law on Tuesday that lowers the age of mobilisation to 25, after months of debate over how to replenish its forces.

            The law takes effect next month, the speaker said.
            """);

        Assert.StartsWith("Ukraine's parliament approved a law on Tuesday", article.Paragraphs[0]);
        Assert.Equal(2, article.Paragraphs.Count);
        Assert.StartsWith("Ukraine's parliament approved", article.Title);
        Assert.True(article.Title.Length < article.Paragraphs[0].Length);
    }

    [Fact]
    public void A_dateline_line_names_the_outlet_and_is_never_the_title()
    {
        var article = Clean("""
            Washington CNN —

            President Joe Biden met Ukrainian President Volodymyr Zelensky at the White House on Thursday to discuss the war.

            The two leaders spoke for two hours.
            """);

        Assert.Equal("CNN", article.Outlet);
        Assert.DoesNotContain("CNN", article.Title);
        Assert.StartsWith("President Joe Biden met", article.Paragraphs[0]);
    }

    [Theory]
    [InlineData("KYIV (Reuters) — Ukraine said on Monday it had shot down 40 drones overnight over the capital region.", "Reuters")]
    [InlineData("WASHINGTON (AP) — Ukraine said on Monday it had shot down 40 drones overnight over the capital region.", "AP")]
    public void An_inline_dateline_names_the_outlet_and_leaves_the_sentence(string lead, string outlet)
    {
        var article = Clean("Drones downed over Kyiv\n\n" + lead + "\n\nOfficials said there were no casualties.");

        Assert.Equal(outlet, article.Outlet);
        Assert.Equal("Ukraine said on Monday it had shot down 40 drones overnight over the capital region.", article.Paragraphs[0]);
    }

    [Fact]
    public void Markdown_html_and_footnote_marks_never_reach_the_text()
    {
        var article = Clean("""
            Allies pledge support

            *Today, President Biden launched a new initiative with allies.*

            On June 13<sup>th</sup>, 2024, the leaders signed an agreement &amp; a declaration.[1]

            -   The agreement runs for **ten years** and covers air defence.

            \###
            """);

        Assert.Equal([
            "Today, President Biden launched a new initiative with allies.",
            "On June 13th, 2024, the leaders signed an agreement & a declaration.",
            "The agreement runs for ten years and covers air defence.",
        ], article.Paragraphs);
    }

    [Fact]
    public void A_briefing_room_document_is_credited_to_the_White_House()
    {
        var article = Clean("""
            Press Briefing by Press Secretary Anna Lindqvist

            2024-11-20

            MS. LINDQVIST: Good afternoon, everyone. The President spoke with allies this morning.
            """);

        Assert.Equal("White House", article.Outlet);
    }

    [Theory]
    [InlineData("On-the-Record Roundtable by APNSA Tom Hargrove Previewing the Summit", "MR. HARGROVE: We have a busy day ahead of us at the summit.")]
    [InlineData("Remarks By President Biden at Signing of the Lend-Lease Act", "THE PRESIDENT: Welcome, folks, to the signing of the act.")]
    [InlineData("Background Press Call on the Upcoming Visit of the Prime Minister", "MODERATOR: This call is attributable to senior administration officials.")]
    [InlineData("Memorandum on the Delegation of Authority Under the Foreign Assistance Act", "By the authority vested in me as President, I delegate the functions.\n\nJOSEPH R. BIDEN JR.")]
    public void Other_briefing_room_forms_are_credited_to_the_White_House(string title, string text)
    {
        var article = Clean($"{title}\n\n2024-06-13\n\n{text}");

        Assert.Equal("White House", article.Outlet);
    }

    [Fact]
    public void Remarks_by_a_foreign_leader_are_not_the_White_Houses()
    {
        var article = Clean("Remarks by President Alvarez at the Summit\n\nThe president of the republic thanked the hosts for the summit.");

        Assert.Null(article.Outlet);
    }
}
