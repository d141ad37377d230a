using Briefing.News.Summaries;

namespace Briefing.News.Digests;

/// <summary>Composes a digest: filters each topic's new articles, summarises them toward the topic, and leaves out topics with nothing to say.</summary>
public sealed class DigestComposer(Summarizer summarizer)
{
    public Digest Compose(IReadOnlyList<DigestTopic> topics, DigestPreset preset)
    {
        var sections = new List<DigestSection>();
        foreach (var topic in topics)
        {
            var articles = topic.Filter is null ? topic.Articles : topic.Articles.Where(topic.Filter.Admits).ToList();
            if (articles.Count == 0) continue;
            var points = summarizer.Summarize(articles, SummaryBudget.OfPoints(preset.PointsPerTopic), topic.SentenceRelevance);
            if (points.Count == 0) continue;
            // Articles of one outlet are one source; an article whose outlet is unknown is a source of its own (its bullets
            // credit it by its headline).
            var sources = articles.Select(a => a.Outlet).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Count()
                + articles.Count(a => a.Outlet is null);
            sections.Add(new DigestSection(topic.Slug, topic.Title, articles.Count, sources, points));
        }
        return new Digest(sections);
    }
}
