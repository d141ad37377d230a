using Briefing.Host.Digests;
using Briefing.News.Digests;
using Briefing.News.Tests.Digests;

namespace Briefing.Host.Tests.Digests;

public sealed class DigestAssemblerTests
{
    private static readonly string[] LaunchTopics = ["victory-plan", "nato-accession", "security-guarantees"];

    [Fact]
    public async Task A_digest_of_the_stored_seeds_has_on_topic_sourced_points_in_valid_messages()
    {
        using var store = new SeededStore();
        var ids = await store.AddAsync(SeededStore.SeedFiles());

        var digest = await store.Assembler().AssembleAsync(new DigestRequest(LaunchTopics, 0, null, "standard", null));

        Assert.False(digest.IsEmpty);
        Assert.Equal(ids.Max(), digest.LastArticleId);
        Assert.Equal(LaunchTopics, digest.Digest.Sections.Select(s => s.Slug));
        foreach (var section in digest.Digest.Sections)
        {
            var topic = store.Classifier.Topics.Single(t => t.Slug == section.Slug);
            Assert.InRange(section.Points.Count, 1, 5);
            foreach (var point in section.Points)
            {
                Assert.True(store.Classifier.ClassifySentence(point.Text).Single(m => m.Slug == section.Slug).Score >= topic.SentenceThreshold,
                    $"{section.Slug}: not about the topic: {point.Text}");
                Assert.NotEmpty(point.Sources);
                Assert.All(point.Sources, s => Assert.Contains(s.ArticleId, ids));
            }
        }
        Assert.NotEmpty(digest.HtmlMessages);
        foreach (var message in digest.HtmlMessages)
        {
            Assert.Empty(TelegramHtmlValidator.Problems(message));
            Assert.InRange(TelegramHtmlValidator.VisibleText(message).Length, 1, TelegramHtml.MaxMessageLength);
        }
        Assert.Contains("Victory plan", digest.Text);
    }

    [Fact]
    public async Task The_watermark_leaves_articles_already_sent_out()
    {
        using var store = new SeededStore();
        var files = SeededStore.SeedFiles();
        var early = await store.AddAsync(files.Take(3));
        var first = await store.Assembler().AssembleAsync(new DigestRequest(LaunchTopics, 0, null, "full", null));
        var late = await store.AddAsync(files.Skip(3));

        var second = await store.Assembler().AssembleAsync(new DigestRequest(LaunchTopics, first.LastArticleId, null, "full", null));

        Assert.Equal(early.Max(), first.LastArticleId);
        Assert.Equal(late.Max(), second.LastArticleId);
        Assert.False(second.IsEmpty);
        var cited = second.Digest.Sections.SelectMany(s => s.Points).SelectMany(p => p.Sources).Select(s => s.ArticleId).ToList();
        Assert.NotEmpty(cited);
        Assert.All(cited, id => Assert.Contains(id, late));
        Assert.All(second.Digest.Sections, s => Assert.InRange(s.Articles, 1, late.Count));
    }

    [Fact]
    public async Task Nothing_new_is_an_empty_digest_with_no_message_unless_the_note_is_configured()
    {
        using var store = new SeededStore();
        var ids = await store.AddAsync(SeededStore.SeedFiles());
        var request = new DigestRequest(LaunchTopics, ids.Max(), null, "brief", null);

        var silent = await store.Assembler().AssembleAsync(request);
        var noted = await store.Assembler(sendNothingNewNote: true).AssembleAsync(request);

        Assert.True(silent.IsEmpty);
        Assert.Empty(silent.HtmlMessages);
        Assert.Equal(ids.Max(), silent.LastArticleId);
        Assert.True(noted.IsEmpty);
        Assert.Equal([DigestWording.NothingNew], noted.HtmlMessages);
    }

    [Fact]
    public async Task A_topic_no_longer_configured_is_skipped_and_the_others_still_come()
    {
        using var store = new SeededStore();
        await store.AddAsync(SeededStore.SeedFiles());

        var digest = await store.Assembler().AssembleAsync(new DigestRequest(["weather", "victory-plan"], 0, null, "brief", null));

        Assert.Equal(["victory-plan"], digest.Digest.Sections.Select(s => s.Slug));
        Assert.NotEmpty(digest.Digest.Sections[0].Points);
    }

    [Fact]
    public async Task An_unknown_preset_is_an_error_naming_the_valid_ones()
    {
        using var store = new SeededStore();

        var error = await Assert.ThrowsAsync<UnknownPresetException>(() =>
            store.Assembler().AssembleAsync(new DigestRequest(["victory-plan"], 0, null, "huge", null)));

        Assert.Equal("huge", error.Preset);
        Assert.Equal(["brief", "standard", "full"], error.ValidPresets);
    }

    [Fact]
    public async Task A_word_filter_drops_the_articles_that_contain_the_word()
    {
        using var store = new SeededStore();
        await store.AddAsync(SeededStore.SeedFiles());
        var rutteArticles = (await store.Articles.ListAsync(new Briefing.Store.Articles.ArticleQuery()))
            .Where(a => a.Body.Contains("Rutte", StringComparison.Ordinal)).Select(a => a.Id).ToList();
        Assert.NotEmpty(rutteArticles);

        var digest = await store.Assembler().AssembleAsync(new DigestRequest(["nato-accession"], 0, null, "full",
            new Dictionary<string, TopicFilter> { ["nato-accession"] = new TopicFilter([], ["rutte"]) }));

        var cited = digest.Digest.Sections.SelectMany(s => s.Points).SelectMany(p => p.Sources).Select(s => s.ArticleId).ToList();
        Assert.NotEmpty(cited);
        Assert.DoesNotContain(cited, rutteArticles.Contains);
    }

    [Fact]
    public async Task Assembling_twice_gives_the_same_messages()
    {
        using var store = new SeededStore();
        await store.AddAsync(SeededStore.SeedFiles());
        var request = new DigestRequest(LaunchTopics, 0, null, "full", null);

        var first = await store.Assembler().AssembleAsync(request);
        var second = await store.Assembler().AssembleAsync(request);

        Assert.Equal(first.HtmlMessages, second.HtmlMessages);
        Assert.Equal(first.Text, second.Text);
    }
}
