namespace Briefing.News.Tests.Topics;

/// <summary>
/// News-style fixtures for the ways Ukraine's NATO accession is put (the open door, aspirations, a path or bridge to
/// membership, the Bucharest promise, an invitation, negotiation terms), bound to Ukraine, and for the near misses
/// that are not it: another country's accession, Ukraine's EU accession, a passing mention. The texts are written for
/// these tests.
/// </summary>
public sealed class AccessionPhrasingTests
{
    // What a news report surrounds its one paragraph on the topic with.
    private static readonly string[] Background =
    [
        "Russian drones struck energy facilities in three regions overnight, officials said, leaving thousands without power.",
        "In Washington, lawmakers were still arguing over the next aid package, and the Pentagon said deliveries would continue.",
        "Grain exports through the Black Sea rose for a third month, according to the ports authority.",
        "The central bank kept interest rates on hold and said inflation had slowed more than expected.",
    ];

    private static string[] Report(params string[] paragraphs) => [.. Background[..2], .. paragraphs, .. Background[2..]];

    private static IReadOnlyList<string> SlugsOf(string title, params string[] paragraphs) => LaunchTopics.Classifier().AssignedSlugs(title, paragraphs);

    [Theory]
    [InlineData("The Secretary General said NATO's door remains open to Ukraine. Whether Kyiv joins is for Ukraine and the 32 allies to decide, he said, and Moscow has no veto over who joins the alliance.")]
    [InlineData("The President reaffirmed support for Ukraine's aspirations to join NATO. Allies would extend an invitation when they agree and conditions are met, he told reporters.")]
    [InlineData("Kyiv wants allies to skip the Membership Action Plan, arguing that the Bucharest promise of 2008, that Ukraine would one day become a member, has waited long enough. Its diplomats have asked for an invitation at the summit.")]
    [InlineData("Diplomats said the communiqué would describe Ukraine's path to NATO membership as irreversible and would offer a bridge to membership rather than an invitation. Kyiv had pressed allies to invite it into the alliance at this summit.")]
    [InlineData("Zelensky told the summit: \"Ukraine's future is in NATO, and we will not give up our bid to join the alliance, whatever Moscow demands.\"")]
    [InlineData("Moscow's draft demands that Ukraine renounce membership of NATO for good and accept neutrality, the officials said. Kyiv rejected the terms, saying its membership of the alliance is not for Moscow to decide.")]
    [InlineData("Asked about Kyiv's request, the spokeswoman said: \"It is up to NATO members to determine who is able to join, and Ukraine, like every country, has the right to determine its own alliances.\"")]
    [InlineData("The President ruled out NATO membership for Ukraine on Tuesday. 'NATO, you can forget about,' he said, calling membership off the table in any settlement.")]
    public void A_paragraph_on_Ukraines_membership_carries_a_news_report(string paragraph)
    {
        Assert.Contains("nato-accession", SlugsOf("Ukraine war: what happened on Tuesday", Report(paragraph)));
    }

    [Fact]
    public void An_open_door_answer_to_a_question_on_Ukraines_bid_carries_a_briefing()
    {
        string[] briefing =
        [
            "MS. PSAKI: Good afternoon. I have two items at the top, on the vaccine rollout and on the bipartisan infrastructure bill.",
            "Q Thanks, Jen. Moscow wants a written promise that Ukraine will never join NATO. Is the President ready to give one?",
            "MS. PSAKI: No. NATO's door is open, and that is not changing. It is for Ukraine and the allies to decide, and nobody else gets a veto.",
            "Q And on the infrastructure bill, when will the President sign it?",
            "MS. PSAKI: We expect a signing ceremony next week, and I will have more on that soon.",
        ];

        var match = LaunchTopics.Classifier().Classify("Press Briefing by Press Secretary Jen Psaki", briefing)
            .Assigned.Single(m => m.Slug == "nato-accession");

        Assert.Contains(match.Evidence, e => e.Contains("door", StringComparison.Ordinal));
        Assert.Contains(match.Evidence, e => e.Contains("veto", StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_open_door_words_about_Finland_and_Sweden_are_not_Ukraines()
    {
        var slugs = SlugsOf("Finland and Sweden apply to join the alliance", Report(
            "Finland and Sweden handed in their applications on Wednesday, and the Secretary General said NATO's door remains open to them.",
            "Whether Finland joins is for Finland and the allies to decide, he said; Sweden's bid should follow within weeks, and Moscow has no veto over either.",
            "Both countries cited Russia's invasion of Ukraine as the reason they abandoned decades of non-alignment."));

        Assert.DoesNotContain("nato-accession", slugs);
    }

    [Fact]
    public void Ukraines_path_to_the_European_Union_is_not_NATO_accession()
    {
        var slugs = SlugsOf("EU opens membership talks with Ukraine", Report(
            "European Union leaders agreed to open accession negotiations with Ukraine and Moldova, a step on Kyiv's path to membership of the bloc.",
            "Ukraine must still carry out reforms on corruption and minority rights before its eventual membership, the Commission said.",
            "Hungary's prime minister left the room during the vote rather than block the decision."));

        Assert.DoesNotContain("nato-accession", slugs);
    }

    [Fact]
    public void A_readout_naming_NATO_and_Ukraine_in_one_line_is_a_passing_mention()
    {
        var slugs = SlugsOf("Readout of the President's Call with the Prime Minister of Italy",
            "The President spoke today with the Prime Minister of Italy about preparations for the NATO summit, support for Ukraine, energy prices and migration across the Mediterranean.",
            "They agreed to stay in close touch.");

        Assert.DoesNotContain("nato-accession", slugs);
    }
}
