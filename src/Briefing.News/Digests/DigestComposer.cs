using Briefing.News.Summaries;

namespace Briefing.News.Digests;

/// <summary>Composes a digest: filters each topic's new articles, summarises them toward the topic, and leaves out topics with nothing to say.</summary>
public sealed class DigestComposer(Summarizer summarizer)
{
    public Digest Compose(IReadOnlyList<DigestTopic> topics, DigestPreset preset)
    {
        var sections = new List<DigestSection>();
        // Every point is said once in a digest: a sentence on two topics (the plan's call for a NATO invitation) goes
        // under the first, and the later topic takes its next point instead.
        var told = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var topic in topics)
        {
            var articles = topic.Filter is null ? topic.Articles : topic.Articles.Where(topic.Filter.Admits).ToList();
            if (articles.Count == 0) continue;
            var points = summarizer.Summarize(articles, SummaryBudget.OfPoints(preset.PointsPerTopic + told.Count), topic.SentenceRelevance)
                .Where(p => !told.Contains(p.Text))
                .Take(preset.PointsPerTopic)
                .ToList();
            if (points.Count == 0) continue;
            told.UnionWith(points.Select(p => p.Text));
            // Articles of one outlet are one source; an article whose outlet is unknown is a source of its own (its bullets
            // credit it by its headline).
            var sources = articles.Select(a => a.Outlet).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Count()
                + articles.Count(a => a.Outlet is null);
            sections.Add(new DigestSection(topic.Slug, topic.Title, articles.Count, sources, points));
        }
        return new Digest(sections);
    }
}
