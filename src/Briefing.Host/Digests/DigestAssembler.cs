using Briefing.News.Digests;
using Briefing.News.Summaries;
using Briefing.News.Topics;
using Briefing.Store.Articles;
using Microsoft.Extensions.Options;

namespace Briefing.Host.Digests;

/// <summary>
/// Builds a digest from the store: each topic's articles newer than the watermark, summarised toward the
/// topic, composed and rendered. The bot's /digest, the scheduled delivery and `briefing digest` all come through here.
/// A topic since removed from config/topics.json is skipped (a subscription to it must not fail the whole digest);
/// callers that take a topic from a user check the name first.
/// </summary>
public sealed class DigestAssembler(
    IArticleRepository articles,
    TopicClassifier classifier,
    DigestComposer composer,
    TelegramDigestRenderer htmlRenderer,
    PlainTextDigestRenderer textRenderer,
    IOptions<DigestOptions> options,
    TimeProvider time) : IDigestSource
{
    private const int NewestKept = 10;

    public async Task<AssembledDigest> AssembleAsync(DigestRequest request, CancellationToken cancellationToken = default)
    {
        var preset = DigestPreset.Find(request.Preset)
            ?? throw new UnknownPresetException(request.Preset, DigestPreset.All.Select(p => p.Name).ToList());
        var definitions = request.TopicSlugs.Distinct(StringComparer.Ordinal)
            .Select(slug => classifier.Topics.FirstOrDefault(t => t.Slug == slug)).OfType<TopicDefinition>().ToList();

        var topics = new List<DigestTopic>();
        var lastId = request.AfterArticleId;
        foreach (var definition in definitions)
        {
            // Newest first so a window larger than the cap keeps its latest articles; then back to id order.
            var stored = await articles.ListAsync(new ArticleQuery(
                TopicSlugs: [definition.Slug],
                AfterId: request.AfterArticleId,
                PublishedSince: request.PublishedSince,
                Limit: options.Value.MaxArticlesPerTopic,
                NewestFirst: true), cancellationToken);
            if (stored.Count > 0) lastId = Math.Max(lastId, stored.Max(a => a.Id));
            var documents = (FirstDigest(request) ? Recent(stored) : stored).OrderBy(a => a.Id).Select(ToDocument).ToList();
            var filter = request.Filters?.GetValueOrDefault(definition.Slug);
            topics.Add(new DigestTopic(definition.Slug, definition.Title, documents, TopicRelevance.For(classifier, definition), filter));
        }

        var digest = composer.Compose(topics, preset);
        var messages = digest.IsEmpty
            ? options.Value.SendNothingNewNote ? [TelegramHtml.Escape(DigestWording.NothingNew)] : []
            : htmlRenderer.Render(digest);
        return new AssembledDigest(messages, textRenderer.Render(digest), lastId, digest);
    }

    // A first digest covers a recent window, not the archive; the watermark still moves past everything read, so the
    // next digest brings only what comes after.
    private static bool FirstDigest(DigestRequest request) => request.AfterArticleId == 0 && request.PublishedSince is null;

    // The window ends at the topic's newest dated article (or now, if that is in the future), so an old corpus still
    // gives its newest articles. An article without a date counts from when it was first seen.
    private IReadOnlyList<StoredArticle> Recent(IReadOnlyList<StoredArticle> stored)
    {
        var dated = stored.Select(a => a.Published).OfType<DateTimeOffset>().ToList();
        if (stored.Count == 0) return stored;
        var newest = dated.Count > 0 ? dated.Max() : stored.Max(a => a.IngestedAt);
        var end = newest < time.GetUtcNow() ? newest : time.GetUtcNow();
        var since = end.AddDays(-options.Value.RecentDays);
        // A quiet topic still has something to say: its newest few articles stay even when older than the window.
        var newestFew = stored.OrderByDescending(a => a.Published ?? a.IngestedAt).Take(NewestKept).Select(a => a.Id).ToHashSet();
        return stored.Where(a => (a.Published ?? a.IngestedAt) >= since || newestFew.Contains(a.Id)).ToList();
    }

    private static SummaryDocument ToDocument(StoredArticle article) =>
        new(article.Id, article.Title, article.Outlet, article.Published, article.Url,
            article.Body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            FirstSeen: article.IngestedAt);
}
