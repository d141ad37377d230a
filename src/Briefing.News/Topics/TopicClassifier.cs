using Briefing.News.Text;

namespace Briefing.News.Topics;

/// <summary>Multi-label topic classification of articles and sentences.</summary>
public sealed class TopicClassifier(IReadOnlyList<TopicDefinition> topics)
{
    public IReadOnlyList<TopicDefinition> Topics { get; } = topics;

    // First cut: sum of weights of phrases present. The topics issue replaces this with weighing.
    public ArticleClassification Classify(string title, IReadOnlyList<string> paragraphs)
    {
        var text = title + "\n" + string.Join("\n", paragraphs);
        var all = Topics.Select(t => ScoreText(t, text)).ToList();
        var assigned = all.Where(m => m.Score >= Topics.First(t => t.Slug == m.Slug).Threshold).ToList();
        return new ArticleClassification(assigned, all);
    }

    /// <summary>Every topic's score for one sentence.</summary>
    public IReadOnlyList<TopicMatch> ClassifySentence(string sentence) =>
        Topics.Select(t => ScoreText(t, sentence)).ToList();

    private static TopicMatch ScoreText(TopicDefinition topic, string text)
    {
        var words = " " + string.Join(' ', WordTokenizer.Words(text)) + " ";
        var evidence = new List<string>();
        var score = 0.0;
        foreach (var phrase in topic.Phrases)
        {
            var needle = " " + string.Join(' ', WordTokenizer.Words(phrase.Text)) + " ";
            if (!words.Contains(needle, StringComparison.Ordinal)) continue;
            score += phrase.Weight;
            evidence.Add(phrase.Text);
        }
        return new TopicMatch(topic.Slug, score, evidence);
    }
}
