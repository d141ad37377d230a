using Briefing.News.Text;
using Briefing.News.Transcripts;

namespace Briefing.News.Tests.Transcripts;

public sealed class SpeakerTurnsTests
{
    private static IReadOnlyList<SpokenSentence> Read(params string[] paragraphs) =>
        SpeakerTurns.Read(paragraphs.SelectMany(SentenceSplitter.Split).ToList());

    [Fact]
    public void A_question_turn_lasts_until_the_next_speaker_and_labels_leave_the_text()
    {
        var turns = Read(
            "MS. JEAN-PIERRE: Good afternoon, everyone. We have a guest today.",
            "Q Thank you. Is the President going to sign the agreement this week? He said so.",
            "MR. SULLIVAN: Well, as you know, the United States strongly supports Ukraine.");

        Assert.Equal(["Good afternoon, everyone.", "We have a guest today.", "Thank you.", "Is the President going to sign the agreement this week?", "He said so.", "Well, as you know, the United States strongly supports Ukraine."],
            turns.Select(t => t.Text));
        Assert.Equal([false, false, true, true, true, false], turns.Select(t => t.IsQuestion));
        Assert.Equal(["MS. JEAN-PIERRE", "MS. JEAN-PIERRE", "Q", "Q", "Q", "MR. SULLIVAN"], turns.Select(t => t.Label));
    }

    [Fact]
    public void An_answer_inside_the_questions_paragraph_ends_the_question()
    {
        var turns = Read("THE PRESIDENT: Thank you all.", "Q Mr. President, how did it go? — THE PRESIDENT: It went very well.");

        var answer = turns.Last();
        Assert.Equal("It went very well.", answer.Text);
        Assert.Equal("THE PRESIDENT", answer.Label);
        Assert.False(answer.IsQuestion);
        Assert.True(turns[1].IsQuestion);
    }

    [Fact]
    public void Moderators_lines_are_not_answers()
    {
        var turns = Read("MODERATOR: Our next question comes from the line of a reporter.", "SENIOR ADMINISTRATION OFFICIAL: We will send the package next week.");

        Assert.True(turns[0].IsQuestion);
        Assert.False(turns[1].IsQuestion);
    }

    [Fact]
    public void One_upper_case_heading_with_a_colon_does_not_make_a_transcript()
    {
        var turns = Read("UKRAINE: Allies met in Brussels on Thursday.", "The ministers agreed on a new package.");

        Assert.All(turns, t => Assert.Null(t.Label));
        Assert.Equal("UKRAINE: Allies met in Brussels on Thursday.", turns[0].Text);
    }

    [Fact]
    public void A_fact_sheet_heading_is_not_a_speaker()
    {
        var turns = Read("FACT SHEET: The United States and G7 act.", "MR. KIRBY: Thanks.", "Q Thank you.");

        Assert.Null(turns[0].Label);
    }

    [Theory]
    [InlineData("MR. KIRBY", "John Kirby, NSC Coordinator for Strategic Communications")]
    [InlineData("MS. JEAN-PIERRE", "Karine Jean-Pierre, Press Secretary")]
    [InlineData("THE PRESIDENT", "President Biden")]
    [InlineData("PRESIDENT ZELENSKYY", "President Zelenskyy")]
    [InlineData("MR. SMITH", "Mr. Smith")]
    public void Labels_are_resolved_to_the_names_the_document_introduces(string label, string name)
    {
        var names = new SpeakerNames(
            "Press Briefing by Press Secretary Karine Jean-Pierre and NSC Coordinator for Strategic Communications John Kirby",
            ["The briefing follows remarks by President Biden and President Zelenskyy this morning."]);

        Assert.Equal(name, names.Resolve(label));
    }

    [Fact]
    public void A_surname_introduced_in_the_text_gets_its_full_name()
    {
        var names = new SpeakerNames("On-the-Record Press Gaggle", ["Today we are joined by National Security Advisor Jake Sullivan."]);

        Assert.Equal("Jake Sullivan, National Security Advisor", names.Resolve("MR. SULLIVAN"));
        Assert.Null(names.Resolve("Q"));
    }

    [Fact]
    public void An_abbreviated_office_in_the_introduction_is_spelled_out_as_a_statement_title_spells_it()
    {
        var names = new SpeakerNames("On-the-Record Press Gaggle", ["Today we are joined by APNSA Jake Sullivan."]);

        Assert.Equal("Jake Sullivan, National Security Advisor", names.Resolve("MR. SULLIVAN"));
        Assert.Equal("National Security Advisor Jake Sullivan", StatementAuthor.Of("Remarks by APNSA Jake Sullivan at the Summit"));
    }

    [Fact]
    public void An_interview_in_ordinary_case_has_turns_and_its_interviewer_only_asks()
    {
        var turns = Read(
            "Tapper: Mr. Minister, thank you for joining us. Will the alliance invite your country this year?",
            "Halvorsen: We expect a clear signal at the summit. Our partners know what we need.",
            "Tapper: The last summit ended without a date. What is different now?",
            "Halvorsen: The air defence coalition is already working. Nine countries have signed agreements with us.");

        Assert.Equal(["Tapper", "Tapper", "Halvorsen", "Halvorsen", "Tapper", "Tapper", "Halvorsen", "Halvorsen"], turns.Select(t => t.Label));
        Assert.Equal("We expect a clear signal at the summit.", turns[2].Text);
        Assert.All(turns.Where(t => t.Label == "Tapper"), t => Assert.True(t.IsQuestion));
        Assert.All(turns.Where(t => t.Label == "Halvorsen"), t => Assert.False(t.IsQuestion));
    }

    [Fact]
    public void A_press_conference_with_outlets_in_the_question_labels_gives_the_answers_to_their_speakers()
    {
        var turns = Read(
            "Zelensky and Merz held a joint press conference in Kyiv on Monday.",
            "Question (ZDF): Two questions. On Ukraine: would you deliver Taurus at once?",
            "Merz: \"I have proposed a sequence. I will not make promises for a government that does not yet exist.\"",
            "Question (Ukrinform): Mr. President, is Ukraine ready for foreign troops after a ceasefire?",
            "Zelensky: \"We can consider it, while Ukraine is not in NATO.\"",
            "Follow-up (Bild): And the German government?",
            "SRS Hebestreit: The Chancellor's position has not changed.");

        Assert.Equal([null, "Q", "Q", "Merz", "Merz", "Q", "Zelensky", "Q", "SRS Hebestreit"], turns.Select(t => t.Label));
        Assert.Equal([false, true, true, false, false, true, false, true, false], turns.Select(t => t.IsQuestion));
        Assert.Equal("On Ukraine: would you deliver Taurus at once?", turns[2].Text);
        Assert.Equal("The Chancellor's position has not changed.", turns[^1].Text);
    }

    [Fact]
    public void A_reporters_Q_and_one_named_interviewee_make_an_interview()
    {
        var turns = Read(
            "Q: Is there a ceasefire you could accept?",
            "Halvorsen: Only one that comes with an invitation to the alliance.",
            "Q: Some allies say no. Has the plan failed?",
            "Halvorsen: The plan is not a wish list. The first point is the invitation.");

        Assert.Equal(["Q", "Halvorsen", "Q", "Q", "Halvorsen", "Halvorsen"], turns.Select(t => t.Label));
        Assert.All(turns.Where(t => t.Label == "Halvorsen"), t => Assert.False(t.IsQuestion));
        Assert.Equal("The plan is not a wish list.", turns[4].Text);
    }

    [Fact]
    public void Live_blog_headlines_that_open_with_a_name_are_not_turns()
    {
        var turns = Read(
            "Halvorsen: no date for the summit",
            "The minister told reporters the alliance would decide in the spring.",
            "Tapper: 'We will not be rushed'",
            "Officials said the talks would resume next week.",
            "Halvorsen: allies split on timing",
            "Several capitals want a decision before the summer.",
            "Tapper: talks resume in Brussels",
            "Diplomats expect a long day.");

        Assert.All(turns, t => Assert.Null(t.Label));
        Assert.All(turns, t => Assert.False(t.IsQuestion));
    }

    [Fact]
    public void One_capitalised_word_and_a_colon_in_ordinary_text_is_not_a_speaker()
    {
        var turns = Read("Update: The ministers met again on Friday.", "Kyiv: Air raid sirens sounded twice overnight.", "The talks continue next week.");

        Assert.All(turns, t => Assert.Null(t.Label));
        Assert.Equal("Update: The ministers met again on Friday.", turns[0].Text);
    }
}
