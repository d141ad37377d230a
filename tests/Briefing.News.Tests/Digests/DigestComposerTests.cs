using Briefing.News.Digests;
using Briefing.News.Summaries;
using Briefing.News.Topics;
using Briefing.News.Tests.Topics;

namespace Briefing.News.Tests.Digests;

public sealed class DigestComposerTests
{
    private static readonly string[] Furniture =
        ["Advertisement", "Share:", "Read more", "READ MORE", "comment", "Subscribe", "You May Also Like", "If you notice an error", "Related News", "Whatsapp"];

    private static Digest SeedDigest(DigestPreset preset)
    {
        var classifier = LaunchTopics.Classifier();
        var articles = SeedCorpus.Articles();
        var topics = classifier.Topics.Select(topic => new DigestTopic(
            topic.Slug,
            topic.Title,
            articles.Where(a => classifier.Classify(a.Article.Title, a.Article.Paragraphs).Assigned.Any(m => m.Slug == topic.Slug))
                .Select(a => a.Document).ToList(),
            TopicRelevance.For(classifier, topic))).ToList();
        return new DigestComposer(new Summarizer()).Compose(topics, preset);
    }

    [Fact]
    public void Every_seed_point_is_about_its_topic_and_names_a_source()
    {
        var classifier = LaunchTopics.Classifier();
        var digest = SeedDigest(DigestPreset.Standard);

        Assert.Equal(classifier.Topics.Select(t => t.Slug), digest.Sections.Select(s => s.Slug));
        foreach (var section in digest.Sections)
        {
            Assert.InRange(section.Points.Count, 1, 5);
            foreach (var point in section.Points)
            {
                var topic = classifier.Topics.Single(t => t.Slug == section.Slug);
                var score = classifier.ClassifySentence(point.Text).Single(m => m.Slug == section.Slug).Score;
                Assert.True(score >= topic.SentenceThreshold, $"{section.Slug}: not about the topic ({score}): {point.Text}");
                Assert.NotEmpty(point.Sources);
                Assert.All(point.Sources, s => Assert.False(string.IsNullOrWhiteSpace(s.Outlet ?? s.Title)));
            }
        }
    }

    [Fact]
    public void No_seed_point_is_page_furniture_or_a_near_duplicate_of_another()
    {
        var digest = SeedDigest(DigestPreset.Full);

        foreach (var section in digest.Sections)
        {
            foreach (var point in section.Points)
            {
                Assert.DoesNotContain(Furniture, f => point.Text.Contains(f, StringComparison.OrdinalIgnoreCase));
                Assert.Equal(SentenceRejection.None, SentenceFilter.Check(point.Text));
            }
            for (var i = 0; i < section.Points.Count; i++)
                for (var j = i + 1; j < section.Points.Count; j++)
                    Assert.True(WordOverlap(section.Points[i].Text, section.Points[j].Text) < 0.5,
                        $"near-duplicates in {section.Slug}:\n{section.Points[i].Text}\n{section.Points[j].Text}");
        }
    }

    [Fact]
    public void Seed_messages_are_valid_telegram_html_within_the_limit()
    {
        var messages = new TelegramDigestRenderer().Render(SeedDigest(DigestPreset.Full));

        Assert.NotEmpty(messages);
        foreach (var message in messages)
        {
            Assert.Empty(TelegramHtmlValidator.Problems(message));
            Assert.InRange(TelegramHtmlValidator.VisibleText(message).Length, 1, TelegramHtml.MaxMessageLength);
        }
    }

    [Fact]
    public void Presets_give_three_five_and_eight_points_at_most()
    {
        var brief = SeedDigest(DigestPreset.Brief);
        var full = SeedDigest(DigestPreset.Full);

        Assert.All(brief.Sections, s => Assert.InRange(s.Points.Count, 1, 3));
        Assert.All(full.Sections, s => Assert.InRange(s.Points.Count, 1, 8));
        Assert.True(full.Sections.Sum(s => s.Points.Count) > brief.Sections.Sum(s => s.Points.Count));
    }

    [Fact]
    public void The_same_articles_give_the_same_digest()
    {
        var first = new TelegramDigestRenderer().Render(SeedDigest(DigestPreset.Standard));
        var second = new TelegramDigestRenderer().Render(SeedDigest(DigestPreset.Standard));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Topics_with_nothing_new_are_left_out_and_a_digest_of_nothing_is_empty()
    {
        var articles = SeedCorpus.Articles().Select(a => a.Document).ToList();
        var composer = new DigestComposer(new Summarizer());

        var digest = composer.Compose(
        [
            new DigestTopic("victory-plan", "Victory plan", articles),
            new DigestTopic("quiet", "Quiet topic", []),
            new DigestTopic("unmentioned", "Never mentioned", articles, _ => 0),
        ], DigestPreset.Brief);

        Assert.Equal(["victory-plan"], digest.Sections.Select(s => s.Slug));
        Assert.False(digest.IsEmpty);
        var nothing = composer.Compose([new DigestTopic("quiet", "Quiet topic", [])], DigestPreset.Brief);
        Assert.True(nothing.IsEmpty);
        Assert.Equal(DigestWording.NothingNew + "\n", new PlainTextDigestRenderer().Render(nothing));
    }

    [Fact]
    public void Word_filters_keep_only_articles_with_the_plus_words_and_drop_those_with_the_minus_words()
    {
        SummaryDocument Doc(long id, string text) => new(id, $"Story {id}", $"Outlet {id}", null, null, [text]);
        var articles = new[]
        {
            Doc(1, "Germany pledged new air defence systems for Ukraine before the winter."),
            Doc(2, "Hungary blocked the statement on Ukraine at the meeting of foreign ministers."),
            Doc(3, "Germany and Hungary disagreed over the wording of the summit declaration on Ukraine."),
        };
        var composer = new DigestComposer(new Summarizer());

        var digest = composer.Compose([new DigestTopic("t", "Topic", articles, null, new TopicFilter(["germany"], ["hungary"]))], DigestPreset.Full);

        var section = Assert.Single(digest.Sections);
        Assert.Equal(1, section.Articles);
        Assert.All(section.Points, p => Assert.Equal([1L], p.Sources.Select(s => s.ArticleId)));
    }

    [Fact]
    public void Filter_words_given_as_typed_match_their_normal_form()
    {
        var article = new SummaryDocument(1, "Talks", "Outlet", null, null, ["Officials in Kyiv said Zelenskyy's plan was ready."]);

        Assert.True(new TopicFilter(["Kiev", "ZELENSKY"], []).Admits(article));
        Assert.False(new TopicFilter([], ["Kiev"]).Admits(article));
    }

    [Fact]
    public void A_sentence_on_two_topics_is_said_once_and_the_later_topic_takes_its_next_point()
    {
        SummaryDocument Doc(long id, string outlet, params string[] sentences) => new(id, $"Story {id}", outlet, null, null, sentences);
        var shared = "Zelensky pressed NATO defence ministers to back his victory plan and its call for an immediate invitation to join the alliance.";
        var plan = new[]
        {
            Doc(1, "Reuters", shared, "The victory plan also asks partners to lift limits on long-range strikes inside Russia."),
            Doc(2, "AP", shared, "Allies said the plan's request for long-range strikes needed more study."),
        };
        var accession = new[]
        {
            Doc(3, "Reuters", shared, "Several allies said an invitation to join the alliance could not come while the war goes on."),
            Doc(4, "AFP", shared, "Germany and the United States again declined to set a date for an invitation to join the alliance."),
        };
        var digest = new DigestComposer(new Summarizer()).Compose(
            [new DigestTopic("victory-plan", "Victory plan", plan), new DigestTopic("nato-accession", "NATO accession", accession)],
            new DigestPreset("test", 2));

        var texts = digest.Sections.SelectMany(s => s.Points).Select(p => p.Text).ToList();
        Assert.Equal(texts.Count, texts.Distinct().Count());
        Assert.Contains(shared, digest.Sections[0].Points.Select(p => p.Text));
        Assert.Equal(2, digest.Sections[1].Points.Count);
    }

    [Fact]
    public void The_coverage_line_counts_new_articles_and_their_sources_each_unknown_outlet_apart()
    {
        SummaryDocument Doc(long id, string? outlet) =>
            new(id, $"Story {id}", outlet, null, null, [$"Ministers from {id} countries met in Brussels to discuss the air defence plan."]);
        var digest = new DigestComposer(new Summarizer()).Compose(
            [new DigestTopic("t", "Topic", [Doc(1, "RT"), Doc(2, "rt"), Doc(3, "Fakti"), Doc(4, null), Doc(5, null)])], DigestPreset.Brief);

        Assert.Equal("5 new articles from 4 sources", DigestWording.Coverage(Assert.Single(digest.Sections)));
    }

    private static double WordOverlap(string a, string b)
    {
        var x = a.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        var y = b.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        return (double)x.Intersect(y).Count() / x.Union(y).Count();
    }
}
