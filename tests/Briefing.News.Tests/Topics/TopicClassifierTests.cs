using Briefing.News.Topics;

namespace Briefing.News.Tests.Topics;

public sealed class TopicClassifierTests
{
    private static readonly string[] BriefingAboutOtherThings =
    [
        "Good afternoon, everyone. I have a few updates on the budget negotiations before taking your questions.",
        "The President met with governors this morning to discuss disaster relief after the hurricane season.",
        "He also spoke with the Prime Minister of Japan about semiconductors and supply chains in the region.",
        "On the economy, inflation has come down for the eleventh month in a row and wages are rising.",
        "We will have more to say about the infrastructure package next week when the President travels to Ohio.",
        "The First Lady will host an event on childhood cancer research on Thursday at the White House.",
        "Finally, the President will welcome the champions of the college basketball tournament on Friday.",
    ];

    [Fact]
    public void A_passing_mention_in_a_long_briefing_is_not_labelled()
    {
        var classifier = LaunchTopics.Classifier();
        var paragraphs = BriefingAboutOtherThings
            .Append("Separately, allies continue to sign security agreements with Ukraine, and more will follow.")
            .Concat(BriefingAboutOtherThings)
            .ToArray();

        var result = classifier.Classify("Press Briefing by the Press Secretary", paragraphs);

        Assert.Empty(result.Assigned);
        var guarantees = result.All.Single(m => m.Slug == "security-guarantees");
        Assert.InRange(guarantees.Score, 0, 3.9);
    }

    [Fact]
    public void A_substantive_passage_in_a_long_briefing_is_labelled()
    {
        var classifier = LaunchTopics.Classifier();
        var paragraphs = BriefingAboutOtherThings
            .Append("On Ukraine: allies agreed that Ukraine's future is in NATO and that its path to membership is irreversible.")
            .Append("The President said he supports inviting Ukraine to join the alliance once conditions are met and reforms are done.")
            .Append("Some allies still oppose an invitation to Kyiv while the war goes on.")
            .Concat(BriefingAboutOtherThings)
            .ToArray();

        Assert.Equal(["nato-accession"], classifier.AssignedSlugs("Press Briefing by the Press Secretary", paragraphs));
    }

    [Fact]
    public void NATO_membership_of_another_country_is_not_Ukraine_joining_NATO()
    {
        var classifier = LaunchTopics.Classifier();

        var slugs = classifier.AssignedSlugs("Statement on Sweden",
            "Sweden applied for NATO membership last year and the President urged every ally to ratify its accession.",
            "We look forward to welcoming Sweden as a member of the alliance; its membership will strengthen NATO.",
            "Turkey and Hungary should approve Sweden's bid to join NATO without delay.");

        Assert.DoesNotContain("nato-accession", slugs);
    }

    [Fact]
    public void Transliteration_variants_score_the_same()
    {
        var classifier = LaunchTopics.Classifier();

        var one = classifier.ClassifySentence("Zelenskyy presented the victory plan in Kiev on Tuesday.");
        var other = classifier.ClassifySentence("Zelensky presented the victory plan in Kyiv on Tuesday.");

        Assert.Equal(other.Select(m => (m.Slug, m.Score)), one.Select(m => (m.Slug, m.Score)));
        Assert.True(one.Single(m => m.Slug == "victory-plan").Score >= classifier.Topics.Single(t => t.Slug == "victory-plan").SentenceThreshold);
    }

    [Theory]
    [InlineData("The allies guaranteed Ukraine's security for the years after the war.")]
    [InlineData("Ukraine wants a security guarantee from its allies.")]
    [InlineData("Ukraine is seeking security guarantees from its allies.")]
    public void Inflected_forms_match_the_configured_phrase(string sentence)
    {
        var match = LaunchTopics.Classifier().ClassifySentence(sentence).Single(m => m.Slug == "security-guarantees");

        Assert.True(match.Score >= 1, $"score {match.Score} for: {sentence}");
    }

    [Fact]
    public void Evidence_lists_the_matched_phrases()
    {
        var match = LaunchTopics.Classifier()
            .ClassifySentence("Ukraine signed a bilateral security agreement and asked for peacekeepers.")
            .Single(m => m.Slug == "security-guarantees");

        Assert.Contains("bilateral security agreement", match.Evidence);
        Assert.Contains("peacekeepers", match.Evidence);
        // The longer phrase claims its words: "security agreement" is not counted a second time.
        Assert.DoesNotContain("security agreement", match.Evidence);
    }

    [Fact]
    public void A_sentence_off_every_topic_scores_zero()
    {
        var matches = LaunchTopics.Classifier().ClassifySentence("The weather in Brussels was mild for October.");

        Assert.All(matches, m => Assert.Equal(0, m.Score));
        Assert.Equal(["victory-plan", "nato-accession", "security-guarantees"], matches.Select(m => m.Slug));
    }

    [Fact]
    public void A_reporters_question_counts_less_than_an_answer()
    {
        var classifier = LaunchTopics.Classifier();
        const string asked = "Q    Will the President support Ukraine's NATO membership and an invitation to join the alliance at the summit?";
        const string stated = "THE PRESIDENT: I support Ukraine's NATO membership and an invitation to join the alliance at the summit.";

        var question = classifier.Classify("Briefing", [asked]).All.Single(m => m.Slug == "nato-accession");
        var answer = classifier.Classify("Briefing", [stated]).All.Single(m => m.Slug == "nato-accession");

        Assert.True(question.Score < answer.Score, $"question {question.Score}, answer {answer.Score}");
    }

    [Fact]
    public void A_speaker_label_ends_the_reporters_question()
    {
        var classifier = LaunchTopics.Classifier();
        const string asked = "Q    One more on Ukraine, please.";
        const string statement = "The President supports Ukraine's NATO membership and an invitation to join the alliance.";

        var answered = classifier.Classify("Briefing", [asked, "MS. JEAN-PIERRE: " + statement]).All.Single(m => m.Slug == "nato-accession");
        var stillAsking = classifier.Classify("Briefing", [asked, statement]).All.Single(m => m.Slug == "nato-accession");

        // Without the label the statement is part of a question nobody answered, and counts nothing.
        Assert.Equal(0, stillAsking.Score);
        Assert.True(answered.Score >= 4, $"answered {answered.Score}");
    }

    [Fact]
    public void A_question_counts_half_when_the_answer_takes_up_the_topic()
    {
        var classifier = LaunchTopics.Classifier();
        const string asked = "Q    Will the President support Ukraine's NATO membership at the summit?";
        // The answer names NATO in every phrase it has, so nothing in it only refers back to the question.
        const string answer = "MS. JEAN-PIERRE: We support Ukraine joining NATO; allies decide who joins.";

        var both = classifier.Classify("Briefing", [asked, answer]).All.Single(m => m.Slug == "nato-accession");
        var answerAlone = classifier.Classify("Briefing", [answer]).All.Single(m => m.Slug == "nato-accession");
        var questionAlone = classifier.ClassifySentence(asked).Single(m => m.Slug == "nato-accession");

        Assert.Equal(answerAlone.Score + questionAlone.Score, both.Score, 2);
    }

    [Fact]
    public void A_topic_added_in_config_works_without_code()
    {
        const string json = """
            { "topics": [ {
                "slug": "grain-corridor", "title": "Grain corridor", "description": "Ukrainian grain exports by sea.",
                "subject": [ "Ukraine", "Ukrainian", "Odesa" ],
                "threshold": 3,
                "phrases": [ { "text": "grain corridor", "weight": 2 }, { "text": "grain|wheat export|ship", "within": 5, "weight": 1 } ]
            } ] }
            """;
        var classifier = new TopicClassifier(TopicCatalog.Parse(json));

        var result = classifier.Classify("Ships leave Odesa",
            ["The grain corridor reopened and Ukrainian wheat exports resumed, with ships leaving Odesa daily."]);

        var match = Assert.Single(result.Assigned);
        Assert.Equal("grain-corridor", match.Slug);
        Assert.Contains("grain corridor", match.Evidence);
    }
}
