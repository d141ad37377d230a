using Briefing.News.Summaries;

namespace Briefing.News.Tests.Summaries;

/// <summary>Points from transcripts and statements: no questions, no labels, the speaker named, every point dated.</summary>
public sealed class TranscriptPointsTests
{
    private static readonly DateTimeOffset BriefingDay = new(2024, 11, 20, 15, 0, 0, TimeSpan.Zero);

    private static readonly SummaryDocument Briefing = new(1,
        "Press Briefing by Press Secretary Anna Lindqvist and National Security Advisor Tom Hargrove", "White House", BriefingDay, null,
        [
            "MS. LINDQVIST: Good afternoon. Today the President approved a new air defence package for the frontline cities of the region.",
            "Q Will the package include long-range missiles for the frontline cities of the region this winter?",
            "MS. LINDQVIST: Look, the package includes interceptors for the frontline cities and radar systems delivered before winter.",
            "Q And on the reconstruction conference in Berlin next month, who will lead the American delegation?",
            "MR. HARGROVE: Well, as you know, the Secretary of Commerce will lead the delegation to the reconstruction conference in Berlin, as I mentioned before.",
            "MR. HARGROVE: We're going to let — we're going to let the partners speak to their own commitments at the conference.",
        ]);

    private static IReadOnlyList<SummaryPoint> Points(params SummaryDocument[] documents) =>
        new Summarizer().Summarize(documents, SummaryBudget.OfPoints(6));

    [Fact]
    public void A_reporters_question_is_never_a_point_and_no_label_reaches_one()
    {
        var points = Points(Briefing);

        Assert.NotEmpty(points);
        Assert.All(points, p =>
        {
            Assert.False(p.Text.EndsWith('?'), p.Text);
            Assert.DoesNotContain("Q ", p.Text[..2]);
            Assert.DoesNotContain("MS. LINDQVIST", p.Text);
            Assert.DoesNotContain("MR. HARGROVE", p.Text);
        });
    }

    [Fact]
    public void A_point_from_a_turn_names_its_speaker_as_the_document_introduces_them()
    {
        var points = Points(Briefing);

        var delegation = Assert.Single(points, p => p.Text.Contains("Secretary of Commerce"));
        Assert.Equal("Tom Hargrove, National Security Advisor", delegation.Speaker);
        Assert.Equal("The Secretary of Commerce will lead the delegation to the reconstruction conference in Berlin.", delegation.Text);   // "Well, as you know," is filler
        Assert.Equal(BriefingDay, delegation.DatedBy!.Date);
    }

    [Fact]
    public void A_sentence_that_stumbles_over_itself_is_not_chosen()
    {
        Assert.DoesNotContain(Points(Briefing), p => p.Text.Contains("going to let"));
    }

    [Fact]
    public void A_clause_broken_off_and_begun_again_is_not_chosen_but_a_dash_between_whole_clauses_is_fine()
    {
        var statement = new SummaryDocument(4, "Background call on the air defence package", "White House", BriefingDay, null,
        [
            "SENIOR ADMINISTRATION OFFICIAL: The Chancellor has — he just had a call with the President about the air defence package for the frontline cities.",
            "SENIOR ADMINISTRATION OFFICIAL: The air defence package for the frontline cities arrives before winter — it includes radar systems and interceptors.",
        ]);

        var points = Points(statement);

        Assert.DoesNotContain(points, p => p.Text.Contains("has —", StringComparison.Ordinal));
        Assert.Contains(points, p => p.Text.StartsWith("The air defence package for the frontline cities arrives before winter — it includes", StringComparison.Ordinal));
    }

    [Fact]
    public void First_person_with_nobody_named_is_not_a_point()
    {
        var article = new SummaryDocument(2, "Aid talks", "Wire", BriefingDay, null,
        [
            "We will keep working with our partners on the air defence of the frontline cities of the region.",
            "Ministers agreed in Brussels on a new air defence package for the frontline cities of the region.",
        ]);

        var points = Points(article);

        Assert.DoesNotContain(points, p => p.Text.StartsWith("We will", StringComparison.Ordinal));
        Assert.Contains(points, p => p.Text.StartsWith("Ministers agreed", StringComparison.Ordinal));
    }

    [Fact]
    public void A_quotation_running_over_sentences_is_the_named_speakers_and_its_continuation_names_nobody()
    {
        var article = new SummaryDocument(3, "Chancellor on air defence", "Wire", BriefingDay, null,
        [
            "Chancellor Weber described how the frontline cities would be protected: “We will send two more air defence batteries before the winter.",
            "Our partners have promised the radar systems and the interceptors for the rest of the frontline cities.”",
        ]);

        var points = Points(article);

        Assert.Contains(points, p => p.Text.StartsWith("Chancellor Weber described", StringComparison.Ordinal));
        Assert.DoesNotContain(points, p => p.Text.StartsWith("Our partners", StringComparison.Ordinal));
    }

    [Fact]
    public void An_interviews_guest_is_named_in_full_and_the_interviewers_lines_are_never_points()
    {
        var interview = new SummaryDocument(4, "Interview with Defence Minister Erik Halvorsen", "Wire", BriefingDay, null,
        [
            "Anchor Jake Tapper spoke with Defence Minister Erik Halvorsen in Oslo.",
            "Tapper: Mr. Minister, the last summit ended without a date for membership of the alliance. What is different now?",
            "Halvorsen: The air defence coalition for the frontline cities is already working with nine countries.",
            "Tapper: Your partners have promised interceptors for the frontline cities before. Will they arrive this winter?",
            "Halvorsen: The first interceptors for the frontline cities will arrive in December, before the winter.",
        ]);

        var points = Points(interview);

        Assert.NotEmpty(points);
        Assert.All(points, p =>
        {
            Assert.Equal("Erik Halvorsen, Defence Minister", p.Speaker);
            Assert.DoesNotContain("Tapper", p.Text);
            Assert.DoesNotContain("Halvorsen:", p.Text);
        });
    }

    [Fact]
    public void A_speakers_habitual_and_or_but_is_dropped_but_a_pages_own_but_still_leans_on_the_sentence_before()
    {
        var briefing = new SummaryDocument(5, "Press Briefing by National Security Advisor Tom Hargrove", "White House", BriefingDay, null,
        [
            "MR. HARGROVE: But as you know, the partners will deliver the interceptors to the frontline cities before the winter.",
            "Q Thank you. Will the radars arrive in time for the winter in the frontline cities?",
        ]);
        var article = new SummaryDocument(6, "Radars for the front", "Wire", BriefingDay, null,
        [
            "But the radar systems for the frontline cities will not arrive before the spring, officials in the capital said.",
        ]);

        var points = Points(briefing, article);

        var spoken = Assert.Single(points, p => p.Speaker is not null);
        Assert.Equal("The partners will deliver the interceptors to the frontline cities before the winter.", spoken.Text);
        Assert.DoesNotContain(points, p => p.Text.Contains("radar systems", StringComparison.Ordinal));
    }

    [Fact]
    public void A_statements_first_person_is_its_authors()
    {
        var statement = new SummaryDocument(3, "Statement from President Alvarez on the Air Defence Package", null, BriefingDay, null,
            ["We will deliver the new air defence package to the frontline cities of the region before the winter begins."]);

        var point = Assert.Single(Points(statement));

        Assert.Equal("President Alvarez", point.Speaker);
    }

    [Fact]
    public void Remarks_by_an_abbreviated_office_are_credited_with_the_office_spelled_out()
    {
        var remarks = new SummaryDocument(6, "Remarks by APNSA Dana Whitfield at the Air Defence Forum", "White House", BriefingDay, null,
            ["The new air defence package for the frontline cities of the region arrives before the winter begins."]);

        Assert.Equal("National Security Advisor Dana Whitfield", Assert.Single(Points(remarks)).Speaker);
    }

    [Fact]
    public void Via_goes_only_on_the_sentence_that_says_where_its_news_is_from()
    {
        var article = new SummaryDocument(4, "Plan", "Daily", BriefingDay, null,
        [
            "Allies privately doubt the plan will change the course of the war this winter, Bloomberg reported on Tuesday.",
            "The plan, long dismissed by Moscow as unrealistic, was presented to allied ministers in Brussels on Wednesday.",
        ]);

        var points = Points(article);

        Assert.Equal(["Bloomberg"], Assert.Single(points, p => p.Text.Contains("Bloomberg")).Via);
        Assert.Empty(Assert.Single(points, p => p.Text.Contains("long dismissed")).Via);
    }

    [Fact]
    public void An_undated_page_is_dated_by_when_it_was_first_seen()
    {
        var seen = new DateTimeOffset(2024, 11, 21, 8, 0, 0, TimeSpan.Zero);
        var article = new SummaryDocument(5, "Plan", "Daily", null, null,
            ["Ministers agreed in Brussels on a new air defence package for the frontline cities of the region."], FirstSeen: seen);

        var point = Assert.Single(Points(article));

        Assert.Equal(seen, point.DatedBy!.Date);
        Assert.True(point.DatedBy.IsDatedByFirstSeen);
    }
}
