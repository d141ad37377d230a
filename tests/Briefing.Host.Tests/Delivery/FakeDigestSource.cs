using System.Collections.Concurrent;
using Briefing.News.Digests;

namespace Briefing.Host.Tests.Delivery;

/// <summary>Digests over a made-up list of articles: one message per topic naming the new article ids.</summary>
public sealed class FakeDigestSource : IDigestSource
{
    private readonly ConcurrentDictionary<long, string> articles = new();

    public int Renders;

    public void Publish(long articleId, string topic) => articles[articleId] = topic;

    public Task<AssembledDigest> AssembleAsync(DigestRequest request, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref Renders);
        var fresh = articles.Where(a => a.Key > request.AfterArticleId && request.TopicSlugs.Contains(a.Value)).ToList();
        var messages = fresh.GroupBy(a => a.Value).OrderBy(g => g.Key)
            .Select(g => $"<b>{g.Key}</b>: " + string.Join(",", g.Select(a => a.Key).Order()))
            .ToList();
        var text = string.Join("\n", messages).Replace("<b>", "").Replace("</b>", "");
        var lastId = fresh.Count == 0 ? request.AfterArticleId : fresh.Max(a => a.Key);
        return Task.FromResult(new AssembledDigest(messages, text, lastId, new Digest([])));
    }
}
