using Briefing.News.Topics;

namespace Briefing.News.Tests.Topics;

public sealed class TopicCatalogTests
{
    private static string Topics(params string[] topics) => $$"""{ "topics": [ {{string.Join(",", topics)}} ] }""";

    private static string Topic(string slug, string threshold = "2") =>
        $$"""{ "slug": "{{slug}}", "title": "T", "threshold": {{threshold}}, "phrases": [ { "text": "victory plan", "weight": 1 } ] }""";

    [Fact]
    public void The_shipped_topics_file_holds_the_three_launch_topics()
    {
        var topics = TopicCatalog.Parse(File.ReadAllText(RepositoryFiles.Path("config", "topics.json")));

        Assert.Equal(["victory-plan", "nato-accession", "security-guarantees"], topics.Select(t => t.Slug));
        Assert.Equal(["Victory plan", "NATO accession", "Security guarantees"], topics.Select(t => t.Title));
    }

    [Theory]
    [InlineData("Victory Plan")]
    [InlineData("victory_plan")]
    [InlineData("-victory")]
    public void A_slug_that_is_not_lowercase_kebab_is_named_with_the_fix(string slug)
    {
        var ex = Assert.Throws<TopicCatalogException>(() => TopicCatalog.Parse(Topics(Topic(slug))));

        var problem = Assert.Single(ex.Problems);
        Assert.Contains($"topics[0].slug \"{slug}\" is not lowercase-kebab", problem);
        Assert.Contains("\"victory-plan\"", problem);
    }

    [Fact]
    public void Other_subjects_must_be_single_words()
    {
        var json = $$"""{ "other_subjects": [ "Sweden", "Baltic states" ], "topics": [ {{Topic("a")}} ] }""";

        var ex = Assert.Throws<TopicCatalogException>(() => TopicCatalog.Parse(json));

        Assert.Contains("other_subjects", Assert.Single(ex.Problems));
    }

    [Fact]
    public void Body_and_other_bodies_must_be_single_words()
    {
        var json = """
            { "topics": [ { "slug": "a", "title": "T", "threshold": 2, "body": [ "NATO" ], "other_bodies": [ "EU", "European Union" ],
                            "phrases": [ { "text": "membership", "weight": 1 } ] } ] }
            """;

        var ex = Assert.Throws<TopicCatalogException>(() => TopicCatalog.Parse(json));

        Assert.StartsWith("topics[0].other_bodies holds an entry that is not one word", Assert.Single(ex.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_slug_names_both_places()
    {
        var ex = Assert.Throws<TopicCatalogException>(() => TopicCatalog.Parse(Topics(Topic("a"), Topic("b"), Topic("a"))));

        Assert.Equal(["topics[2].slug \"a\" repeats topics[0].slug; give each topic its own slug"], ex.Problems);
    }

    [Fact]
    public void Every_bad_setting_is_listed_not_just_the_first()
    {
        var ex = Assert.Throws<TopicCatalogException>(() => TopicCatalog.Parse(Topics(Topic("ok", threshold: "0"), Topic("Bad Slug", threshold: "-1"))));

        Assert.Equal(3, ex.Problems.Count);
        Assert.Contains(ex.Problems, p => p.StartsWith("topics[0].threshold is 0; set a positive number", StringComparison.Ordinal));
        Assert.Contains(ex.Problems, p => p.StartsWith("topics[1].slug \"Bad Slug\"", StringComparison.Ordinal));
        Assert.Contains(ex.Problems, p => p.StartsWith("topics[1].threshold is -1", StringComparison.Ordinal));
    }

    [Fact]
    public void A_misspelt_setting_is_reported_rather_than_ignored()
    {
        var json = Topics("""{ "slug": "a", "title": "A", "treshold": 2, "threshold": 2, "phrases": [ { "text": "x", "weight": 1 } ] }""");

        var ex = Assert.Throws<TopicCatalogException>(() => TopicCatalog.Parse(json));

        Assert.Contains("treshold", Assert.Single(ex.Problems));
    }

    [Fact]
    public void Broken_JSON_is_a_problem_not_a_crash()
    {
        var ex = Assert.Throws<TopicCatalogException>(() => TopicCatalog.Parse("{ \"topics\": [ { \"slug\": "));

        Assert.Contains("not valid topics JSON", Assert.Single(ex.Problems));
    }

    [Fact]
    public void A_phrase_without_weight_or_words_is_named()
    {
        var json = Topics("""{ "slug": "a", "title": "A", "threshold": 2, "phrases": [ { "text": " ", "weight": 0 } ] }""");

        var ex = Assert.Throws<TopicCatalogException>(() => TopicCatalog.Parse(json));

        Assert.Contains(ex.Problems, p => p.StartsWith("topics[0].phrases[0].text", StringComparison.Ordinal));
        Assert.Contains(ex.Problems, p => p.StartsWith("topics[0].phrases[0].weight is 0", StringComparison.Ordinal));
    }

    [Fact]
    public void A_cancelling_phrase_needs_no_weight_and_cannot_also_refer_back()
    {
        var fine = Topics("""{ "slug": "a", "title": "A", "threshold": 2, "phrases": [ { "text": "security guarantee", "weight": 2 }, { "text": "only guarantee", "cancels": true } ] }""");
        var both = Topics("""{ "slug": "a", "title": "A", "threshold": 2, "phrases": [ { "text": "security guarantee", "weight": 2 }, { "text": "only guarantee", "cancels": true, "follows": true } ] }""");

        Assert.True(Assert.Single(TopicCatalog.Parse(fine)).Phrases[1].Cancels);
        var ex = Assert.Throws<TopicCatalogException>(() => TopicCatalog.Parse(both));
        Assert.StartsWith("topics[0].phrases[1] both cancels and follows", Assert.Single(ex.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Lone_sentence_takes_speech_or_any_and_names_anything_else()
    {
        var speech = Topics("""{ "slug": "a", "title": "A", "threshold": 2, "lone_sentence": "speech", "phrases": [ { "text": "victory plan", "weight": 2 } ] }""");
        var typo = Topics("""{ "slug": "a", "title": "A", "threshold": 2, "lone_sentence": "quoted", "phrases": [ { "text": "victory plan", "weight": 2 } ] }""");

        Assert.True(Assert.Single(TopicCatalog.Parse(speech)).LoneSentenceNeedsSpeech);
        Assert.False(Assert.Single(TopicCatalog.Parse(Topics(Topic("a")))).LoneSentenceNeedsSpeech);
        var ex = Assert.Throws<TopicCatalogException>(() => TopicCatalog.Parse(typo));
        Assert.StartsWith("topics[0].lone_sentence is \"quoted\"; set \"speech\"", Assert.Single(ex.Problems), StringComparison.Ordinal);
    }
}
