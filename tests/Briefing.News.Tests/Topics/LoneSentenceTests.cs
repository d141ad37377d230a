using Briefing.News.Topics;

namespace Briefing.News.Tests.Topics;

/// <summary>
/// NATO accession is set to <c>"lone_sentence": "speech"</c>: a page whose only line on Ukraine's NATO bid is the writer's
/// narration (Putin's June 2024 terms recalled as background) does not carry the topic; one line of someone's own words
/// (a quotation, the first person, a transcript turn) does. Topics without the setting keep one narrated line. The
/// texts are written for these tests.
/// </summary>
public sealed class LoneSentenceTests
{
    private const string Title = "Peace summit ends with a call for territorial integrity";
    private const string Opening = "Delegations from more than ninety countries signed a communique on nuclear safety, food security and the return of prisoners on Sunday.";
    private const string Closing = "Several countries from the global south declined to sign, and organisers said a second summit could follow later in the year.";

    private static IReadOnlyList<string> Slugs(string line) => LaunchTopics.Classifier().AssignedSlugs(Title, Opening, line, Closing);

    [Theory]
    [InlineData("The summit came two days after Vladimir Putin demanded that Ukraine withdraw from four regions and drop its bid to join NATO.")]
    [InlineData("Putin has said Ukraine must renounce its NATO ambitions before any ceasefire, terms Kyiv called an ultimatum.")]
    public void One_narrated_line_on_the_NATO_bid_is_background(string line)
    {
        Assert.DoesNotContain("nato-accession", Slugs(line));
    }

    [Theory]
    [InlineData("\"Ukraine must withdraw from four regions and drop its bid to join NATO,\" Putin told diplomats two days before the summit.")]
    [InlineData("Zelensky told delegates that the answer to Moscow was plain: we will never give up our bid to join NATO.")]
    public void One_line_of_someones_own_words_carries_the_page(string line)
    {
        Assert.Contains("nato-accession", Slugs(line));
    }

    [Fact]
    public void One_answer_in_a_transcript_carries_the_briefing()
    {
        var slugs = LaunchTopics.Classifier().AssignedSlugs("Press briefing",
            "MS. JEAN-PIERRE: Good afternoon, everybody. The President will travel to Ohio on Thursday.",
            "Q Thanks, Karine. On the budget talks, is there a deal this week?",
            "MS. JEAN-PIERRE: Those talks continue. Separately, the President has been clear that Ukraine will not be asked to give up its bid to join NATO.");

        Assert.Contains("nato-accession", slugs);
    }

    [Fact]
    public void A_narrated_line_that_the_page_comes_back_to_still_counts()
    {
        var slugs = LaunchTopics.Classifier().AssignedSlugs(Title, Opening,
            "The summit came two days after Vladimir Putin demanded that Ukraine withdraw from four regions and drop its bid to join NATO.",
            "Western leaders rejected the demand, and the final text reaffirmed that Ukraine's future membership of the alliance is for Kyiv and the allies to decide.",
            Closing);

        Assert.Contains("nato-accession", slugs);
    }

    [Fact]
    public void A_topic_without_the_setting_keeps_one_narrated_line()
    {
        const string json = """
            { "topics": [ {
                "slug": "grain-corridor", "title": "Grain corridor", "subject": [ "Ukraine", "Odesa" ], "threshold": 3,
                "phrases": [ { "text": "grain corridor", "weight": 3 } ] } ] }
            """;
        var classifier = new TopicClassifier(TopicCatalog.Parse(json));
        var strict = new TopicClassifier(TopicCatalog.Parse(json.Replace("\"threshold\": 3,", "\"threshold\": 3, \"lone_sentence\": \"speech\",", StringComparison.Ordinal)));
        string[] page = ["Shelling hit Odesa overnight.", "Ukraine reopened its grain corridor on Monday after a week of attacks on the port."];

        Assert.Contains("grain-corridor", classifier.AssignedSlugs("Odesa port", page));
        Assert.DoesNotContain("grain-corridor", strict.AssignedSlugs("Odesa port", page));
    }

    [Theory]
    [InlineData("\"Moscow keeps moving the goalposts. Ukraine has to drop its bid to join NATO first, then the regions. Nobody here accepts that,\" a Western diplomat said.")]
    [InlineData("« Moscow keeps moving the goalposts. Ukraine has to drop its bid to join NATO first, then the regions. Nobody here accepts that », a Western diplomat said.")]
    public void A_line_inside_a_quotation_that_runs_over_several_sentences_is_someones_own_words(string quotation)
    {
        var quoted = LaunchTopics.Classifier().AssignedSlugs(Title, Opening, quotation, Closing);
        var narrated = LaunchTopics.Classifier().AssignedSlugs(Title, Opening,
            "Moscow keeps moving the goalposts. Ukraine has to drop its bid to join NATO first, then the regions, a Western diplomat said of Moscow's terms.",
            Closing);

        Assert.Contains("nato-accession", quoted);
        Assert.DoesNotContain("nato-accession", narrated);
    }
}
