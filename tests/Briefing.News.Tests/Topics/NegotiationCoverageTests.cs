namespace Briefing.News.Tests.Topics;

/// <summary>
/// News-style fixtures for what issue 9 found on held-out documents: whose accession or guarantee a passage is about,
/// questions that are not discussion, one decisive statement carrying a document, and 2023–2025 negotiation wording.
/// The texts are written for these tests.
/// </summary>
public sealed class NegotiationCoverageTests
{
    // Filler a long transcript surrounds its one passage on the topic with.
    private static readonly string[] OtherBusiness =
    [
        "MS. JEAN-PIERRE: Good afternoon, everybody. I have a couple of things at the top before we get going.",
        "The President will travel to Michigan on Thursday to talk about manufacturing jobs and the new battery plant.",
        "Q Thanks, Karine. On the rail strike, has the President spoken with the unions this week?",
        "MS. JEAN-PIERRE: He has been in touch with both sides, and we expect the talks to continue through the weekend.",
        "Q And on the budget, will he sign the stopgap bill if it reaches his desk on Friday?",
        "MS. JEAN-PIERRE: We have been clear that a shutdown would hurt families, and we urge Congress to act.",
        "Q A question on wildfires: will there be more federal money for the western states this summer?",
        "MS. JEAN-PIERRE: FEMA is on the ground in three states, and the President approved the disaster declarations yesterday.",
    ];

    private static string[] Transcript(params string[] passage) => [.. OtherBusiness, .. passage, .. OtherBusiness];

    [Fact]
    public void Another_countrys_accession_near_a_mention_of_Ukraine_is_not_Ukraines()
    {
        var slugs = LaunchTopics.Classifier().AssignedSlugs("Allies mark Finland's first year in the alliance",
            "Finland joined NATO a year ago this week, and its membership has already changed how the alliance plans for the north.",
            "Sweden's accession followed after Turkey and Hungary ratified its bid to join the alliance, and officials in Stockholm called the invitation historic.",
            "Both countries applied for membership after Russia's full-scale invasion of Ukraine, abandoning decades of military non-alignment.",
            "Diplomats say the two accessions show the open door works; their admission took less than two years.");

        Assert.DoesNotContain("nato-accession", slugs);
    }

    [Fact]
    public void Article_5_for_Poland_and_the_Baltic_states_is_not_a_guarantee_for_Ukraine()
    {
        var slugs = LaunchTopics.Classifier().AssignedSlugs("Vice President visits Warsaw as war in Ukraine grinds on",
            "Speaking beside Poland's president, the Vice President said Article 5 is the ultimate security guarantee for Poland and the Baltic states.",
            "The United States will defend every inch of NATO territory, she said; Poland's security guarantees are ironclad, and the Baltic states have the same commitment.",
            "NATO exercises in Lithuania this spring will test how quickly reinforcements can reach the eastern flank.",
            "She also announced more humanitarian aid for refugees arriving from Ukraine.");

        Assert.DoesNotContain("security-guarantees", slugs);
    }

    [Fact]
    public void A_passing_question_about_the_victory_plan_with_a_brush_off_answer_is_not_discussion()
    {
        var paragraphs = Transcript(
            "Q On Ukraine: President Zelensky is presenting his victory plan in Washington. Has the President read the victory plan, and does he back the plan for victory?",
            "MS. JEAN-PIERRE: I don't have anything to preview on the meeting. We'll have a readout afterwards.");

        Assert.DoesNotContain("victory-plan", LaunchTopics.Classifier().AssignedSlugs("Press Briefing by Press Secretary Karine Jean-Pierre", paragraphs));
    }

    [Fact]
    public void A_question_on_the_victory_plan_answered_by_naming_it_back_is_still_a_passing_mention()
    {
        var paragraphs = Transcript(
            "Q On Ukraine: did the President and President Zelensky talk about the victory plan this morning?",
            "MS. JEAN-PIERRE: They did talk about the victory plan, among other things. We'll have a readout later today.");

        Assert.DoesNotContain("victory-plan", LaunchTopics.Classifier().AssignedSlugs("Press Briefing by Press Secretary Karine Jean-Pierre", paragraphs));
    }

    [Fact]
    public void A_short_readout_listing_the_victory_plan_among_other_subjects_is_a_passing_mention()
    {
        var slugs = LaunchTopics.Classifier().AssignedSlugs("Readout of the Leaders' Meeting in Berlin",
            "The leaders met today in Berlin. They condemned Russia's war against Ukraine, discussed their plans to provide Ukraine with more air defense, discussed President Zelensky's Victory Plan, and reaffirmed their support for a just peace.",
            "They also discussed the situation in the Middle East and efforts to return the hostages home.");

        Assert.DoesNotContain("victory-plan", slugs);
    }

    [Fact]
    public void A_paragraph_on_what_the_victory_plan_holds_carries_a_news_report()
    {
        var slugs = LaunchTopics.Classifier().AssignedSlugs("Zelensky takes his plan to parliament",
            "Zelensky presented his victory plan to the Verkhovna Rada on Wednesday.",
            "The first point of the plan is an immediate invitation to NATO; other elements of the plan cover long-range weapons and a deterrence package.",
            "Lawmakers applauded, but several allies said they needed time to study it.");

        Assert.Contains("victory-plan", slugs);
    }

    [Fact]
    public void A_question_answered_with_a_position_on_Ukraines_membership_counts()
    {
        var paragraphs = Transcript(
            "Q Ukraine has asked for a fast-track path to NATO membership. Will the President back Ukraine's bid to join the alliance?",
            "MS. JEAN-PIERRE: We have supported NATO's open-door policy for decades. Allies, not Moscow, decide who joins NATO, and any decision on membership is between the allies and the country that wants to join.");

        Assert.Contains("nato-accession", LaunchTopics.Classifier().AssignedSlugs("Press Briefing by Press Secretary Karine Jean-Pierre", paragraphs));
    }

    [Fact]
    public void The_same_position_asked_but_left_unanswered_does_not_count()
    {
        var paragraphs = Transcript(
            "Q Ukraine has asked for a fast-track path to NATO membership. Will the President back Ukraine's bid to join the alliance?",
            "MS. JEAN-PIERRE: I'm going to let the President speak to that when he meets the Secretary General.");

        Assert.DoesNotContain("nato-accession", LaunchTopics.Classifier().AssignedSlugs("Press Briefing by Press Secretary Karine Jean-Pierre", paragraphs));
    }

    [Theory]
    [InlineData("THE PRESIDENT: NATO, you can forget about. That's probably the reason the whole thing started.")]
    [InlineData("THE PRESIDENT: Ukraine would have to give up its NATO ambitions as part of any deal with Moscow.")]
    [InlineData("THE PRESIDENT: Kyiv is ready to renounce NATO membership if it gets guarantees from its partners instead.")]
    [InlineData("THE PRESIDENT: They're not going to be a part of NATO, and everybody at the table knows that.")]
    public void One_decisive_statement_by_a_principal_carries_a_long_transcript(string statement)
    {
        var paragraphs = Transcript("Q Mr. President, on the Ukraine talks, what can you tell us about the terms?", statement);

        Assert.Contains("nato-accession", LaunchTopics.Classifier().AssignedSlugs("Remarks by President Trump Before Marine One Departure", paragraphs));
    }

    [Fact]
    public void The_same_words_in_a_reporters_question_do_not_carry_it()
    {
        var paragraphs = Transcript(
            "Q Mr. President, Moscow says Ukraine must give up its NATO ambitions. Would you ask Kyiv to renounce NATO membership?",
            "THE PRESIDENT: We'll see what happens. We're talking to everybody.");

        Assert.DoesNotContain("nato-accession", LaunchTopics.Classifier().AssignedSlugs("Remarks by President Trump Before Marine One Departure", paragraphs));
    }

    [Fact]
    public void A_bridge_to_membership_in_one_passage_of_a_long_transcript_is_found()
    {
        var paragraphs = Transcript(
            "Q On the summit: what will allies offer Kyiv this week?",
            "MR. SULLIVAN: What we are doing is building a bridge to NATO for Ukraine, a pathway leading to an eventual membership. Allies will say so in the communiqué, and Ukraine will keep on with reforms along that path.");

        Assert.Contains("nato-accession", LaunchTopics.Classifier().AssignedSlugs("Press Briefing by National Security Advisor Jake Sullivan", paragraphs));
    }

    [Fact]
    public void A_bilateral_agreement_with_a_deterrent_against_future_aggression_is_a_security_guarantee()
    {
        var paragraphs = Transcript(
            "MR. KIRBY: Today the President signed a bilateral security agreement with Ukraine. It commits us to help build a deterrent capability against any future aggression, for ten years.");

        Assert.Contains("security-guarantees", LaunchTopics.Classifier().AssignedSlugs("Press Briefing by Press Secretary and John Kirby", paragraphs));
    }

    [Theory]
    [InlineData("European-led security guarantees. We welcome that, and we'll help where we can.")]
    [InlineData("We're not going to make security guarantees beyond very much; we're going to have Europe do that, with their own forces.")]
    [InlineData("Europe will have to provide robust security guarantees, with a reassurance force on the ground after a ceasefire.")]
    public void A_statement_on_who_guarantees_the_peace_carries_a_document_about_Ukraine(string statement)
    {
        var slugs = LaunchTopics.Classifier().AssignedSlugs("President meets Zelensky as Ukraine peace talks resume",
            "The President met President Zelensky at the White House on Monday, with European leaders joining later.",
            "Asked what would keep a ceasefire from collapsing, he said:",
            statement,
            "The leaders also spoke about prisoner exchanges and the return of children.");

        Assert.Contains("security-guarantees", slugs);
    }

    [Fact]
    public void A_title_naming_Ukraine_lends_its_subject_to_a_passage_that_does_not_repeat_it()
    {
        var classifier = LaunchTopics.Classifier();
        string[] roundUp =
        [
            "Sunday's interviews covered the economy, tariffs and the border.",
            "On the war, the envoy said a peace agreement would rest on robust security guarantees, with European troops as a reassurance force and an American backstop.",
            "He added that neutrality in exchange for guarantees was on the table.",
        ];

        Assert.Contains("security-guarantees", classifier.AssignedSlugs("Envoy says Ukraine deal is close", roundUp));
        Assert.DoesNotContain("security-guarantees", classifier.AssignedSlugs("Sunday shows round-up", roundUp));
    }

    [Fact]
    public void A_passage_about_another_country_keeps_its_subject_in_a_document_titled_Ukraine()
    {
        var slugs = LaunchTopics.Classifier().AssignedSlugs("Statement on Ukraine and the Alliance",
            "We stand with the people of Ukraine.",
            "Separately, Sweden completed its accession to NATO today.",
            "Its membership, after a long ratification, strengthens the alliance; the accession protocol took two years, and the invitation was issued in Madrid.");

        Assert.DoesNotContain("nato-accession", slugs);
    }

    [Fact]
    public void Evidence_names_the_phrases_that_carried_the_topic()
    {
        var match = LaunchTopics.Classifier()
            .Classify("Peace talks on Ukraine", ["Q Would Ukraine have to give anything up?", "THE PRESIDENT: Ukraine would have to give up its NATO ambitions as part of any deal."])
            .Assigned.Single(m => m.Slug == "nato-accession");

        Assert.Contains(match.Evidence, e => e.Contains("give", StringComparison.Ordinal) && e.Contains("nato", StringComparison.Ordinal));
    }
}
