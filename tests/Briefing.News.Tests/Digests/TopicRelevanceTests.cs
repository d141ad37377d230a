using Briefing.News.Digests;
using Briefing.News.Text;
using Briefing.News.Tests.Topics;

namespace Briefing.News.Tests.Digests;

public sealed class TopicRelevanceTests
{
    [Fact]
    public void Relevance_is_the_classifier_score_at_or_above_the_sentence_threshold_else_zero_on_every_seed_sentence()
    {
        var classifier = LaunchTopics.Classifier();
        var sentences = SeedCorpus.Articles().SelectMany(a => a.Article.Paragraphs).SelectMany(SentenceSplitter.Split).ToList();

        foreach (var topic in classifier.Topics)
        {
            var relevance = TopicRelevance.For(classifier, topic);
            var onTopic = 0;
            foreach (var sentence in sentences)
            {
                var score = classifier.ClassifySentence(sentence).Single(m => m.Slug == topic.Slug).Score;
                var expected = score >= topic.SentenceThreshold ? score : 0;
                Assert.Equal(expected, relevance(sentence));
                if (expected > 0) onTopic++;
            }
            Assert.True(onTopic > 0, $"no seed sentence is on {topic.Slug}");
        }
    }
}
