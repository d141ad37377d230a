using Briefing.News.Topics;
using Briefing.Telegram.Digests;

namespace Briefing.Host.Delivery;

/// <summary>Scheduled digests from the digest assembler (the same one /digest uses), over the topics still configured.</summary>
public sealed class AssemblerDigestSource(DigestAssembler assembler, TopicClassifier classifier) : IDigestSource
{
    public async Task<RenderedDigest> RenderAsync(DigestSelection selection, CancellationToken cancellationToken = default)
    {
        // A subscription to a topic since removed from config/topics.json is skipped rather than failing the whole run.
        var known = selection.TopicSlugs.Where(slug => classifier.Topics.Any(t => t.Slug == slug)).ToList();
        if (known.Count == 0) return new RenderedDigest([], "", selection.AfterArticleId);
        var digest = await assembler.AssembleAsync(
            new DigestRequest(known, selection.AfterArticleId, PublishedSince: null, selection.Preset, selection.Filters), cancellationToken);
        return new RenderedDigest(digest.HtmlMessages, digest.Text, digest.LastArticleId);
    }
}
