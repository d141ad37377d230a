using Briefing.News.Text;

namespace Briefing.News.Topics;

/// <summary>Multi-label topic classification of articles and sentences, by weighted phrases scored per passage.</summary>
public sealed class TopicClassifier
{
    private readonly TopicVocabulary vocabulary;
    private readonly IReadOnlyList<CompiledTopic> compiled;

    public TopicClassifier(IReadOnlyList<TopicDefinition> topics)
    {
        Topics = topics;
        vocabulary = new TopicVocabulary(topics.SelectMany(CompiledTopic.StemsOf));
        compiled = topics.Select(t => new CompiledTopic(t, vocabulary)).ToList();
    }

    public IReadOnlyList<TopicDefinition> Topics { get; }

    /// <summary>Every topic's score for an article, and the topics whose score reaches their threshold.</summary>
    public ArticleClassification Classify(string title, IReadOnlyList<string> paragraphs)
    {
        // The cleaner has already joined hard-wrapped lines, so a paragraph boundary is a sentence boundary.
        var sentences = QuestionTurns.Tokenize(paragraphs.Select(SentenceSplitter.Split).ToList(), vocabulary);
        var heading = title.Length > 0 ? TokenizedSentence.From(title, vocabulary) : null;

        var all = compiled.Select(t => t.ScoreDocument(heading, sentences)).ToList();
        var assigned = all.Where((m, i) => m.Score >= compiled[i].Definition.Threshold).ToList();
        return new ArticleClassification(assigned, all);
    }

    /// <summary>
    /// Every topic's score for one sentence on its own; the sentence is on topic at the topic's
    /// <see cref="TopicDefinition.SentenceThreshold"/>. A phrase bound to another country (Sweden's accession) counts
    /// nothing; one in a sentence naming no country counts half: alone, "membership remains uncertain" may be about any
    /// country. A question counts half.
    /// </summary>
    public IReadOnlyList<TopicMatch> ClassifySentence(string sentence)
    {
        var tokens = TokenizedSentence.From(sentence, vocabulary);
        return compiled.Select(t => SentenceMatch(t, tokens)).ToList();
    }

    /// <summary>
    /// One topic's <see cref="ClassifySentence(string)"/> match, without scoring the others: the summariser asks this
    /// of every candidate sentence for one topic at a time.
    /// </summary>
    internal TopicMatch ClassifySentence(string sentence, string slug) =>
        SentenceMatch(compiled.First(t => t.Definition.Slug == slug), TokenizedSentence.From(sentence, vocabulary));

    private static TopicMatch SentenceMatch(CompiledTopic topic, TokenizedSentence tokens)
    {
        var s = topic.ScoreSentence(tokens);
        var score = s.Bound + s.Free / 2;
        return new TopicMatch(topic.Definition.Slug, tokens.IsQuestion ? score * CompiledTopic.QuestionFactor : score, s.Evidence);
    }
}
