using System.Collections.Concurrent;
using Briefing.News.Text;
using Briefing.News.Topics;

namespace Briefing.News.Digests;

/// <summary>How on-topic a sentence is, as the summariser wants it: the classifier's score where it reaches the topic's sentence threshold, else 0.</summary>
public static class TopicRelevance
{
    public static Func<string, double> For(TopicClassifier classifier, TopicDefinition topic)
    {
        // An exact shortcut: a phrase matches only where each of its words does, so a sentence with no word of
        // any of the topic's phrases scores 0 without being classified. Most sentences of a window are such, and
        // their words repeat, so whether a word belongs to a phrase is worked out once per word.
        var phraseStems = topic.Phrases.SelectMany(p => PhraseMatcher.Slots(p.Text)).SelectMany(slot => slot).ToHashSet(StringComparer.Ordinal);
        var isPhraseWord = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        return sentence =>
        {
            var mayMatch = false;
            foreach (var word in WordTokenizer.Words(sentence.Replace('’', '\'')))
            {
                if (!isPhraseWord.GetOrAdd(word, w => phraseStems.Contains(WordStemmer.Stem(w)))) continue;
                mayMatch = true;
                break;
            }
            if (!mayMatch) return 0;
            var score = classifier.ClassifySentence(sentence, topic.Slug).Score;
            return score >= topic.SentenceThreshold ? score : 0;
        };
    }
}
