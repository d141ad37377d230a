using Briefing.News.Topics;

namespace Briefing.News.Digests;

/// <summary>How on-topic a sentence is, as the summariser wants it: the classifier's score where it reaches the topic's sentence threshold, else 0.</summary>
public static class TopicRelevance
{
    public static Func<string, double> For(TopicClassifier classifier, TopicDefinition topic) => sentence =>
    {
        var score = classifier.ClassifySentence(sentence).First(m => m.Slug == topic.Slug).Score;
        return score >= topic.SentenceThreshold ? score : 0;
    };
}
