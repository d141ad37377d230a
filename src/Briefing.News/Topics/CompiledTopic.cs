using System.Runtime.CompilerServices;
namespace Briefing.News.Topics;

/// <summary>A topic with its phrases compiled, scoring sentences and whole documents.</summary>
internal sealed class CompiledTopic
{
    private const int MaxEvidence = 8;
    // A question states no position; it counts, but less than what is said in answer or in prose.
    private const double QuestionFactor = 0.5;
    // Further passages that discuss the topic add to the best one, at this rate.
    private const double FurtherPassageFactor = 0.5;

    private readonly IReadOnlyList<PhraseMatcher> matchers;
    private readonly HashSet<int> subject;

    public CompiledTopic(TopicDefinition definition, TopicVocabulary vocabulary)
    {
        Definition = definition;
        // Longer contiguous phrases claim their words first, so "bilateral security agreement" is not also
        // counted as "security agreement"; co-occurrence (within) phrases add on top and claim nothing.
        matchers = definition.Phrases.Select(p => PhraseMatcher.Compile(p, vocabulary))
            .OrderByDescending(m => m.IsContiguous).ThenByDescending(m => m.SlotCount).ToList();
        subject = definition.Subject.SelectMany(PhraseMatcher.Slots).SelectMany(s => s).Select(vocabulary.IdOfStem).ToHashSet();
    }

    public TopicDefinition Definition { get; }

    /// <summary>Every stem the topic's phrases and subject use, for the shared <see cref="TopicVocabulary"/>.</summary>
    public static IEnumerable<string> StemsOf(TopicDefinition definition) =>
        definition.Phrases.Select(p => p.Text).Concat(definition.Subject)
            .SelectMany(PhraseMatcher.Slots).SelectMany(s => s);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public SentenceScore ScoreSentence(TokenizedSentence sentence)
    {
        if (!sentence.HasVocabulary) return new SentenceScore(0, [], subject.Count == 0);
        var taken = new bool[sentence.Ids.Length];
        var score = 0.0;
        var evidence = new List<string>();
        foreach (var matcher in matchers)
        {
            foreach (var positions in matcher.Matches(sentence, taken))
            {
                score += matcher.Phrase.Weight;
                evidence.Add(string.Join(' ', positions.Select(p => sentence.Words[p])));
            }
        }
        if (sentence.IsQuestion) score *= QuestionFactor;
        return new SentenceScore(score, evidence, NamesSubject(sentence));
    }

    private bool NamesSubject(TokenizedSentence sentence) => subject.Count == 0 || sentence.Ids.Any(subject.Contains);

    /// <summary>
    /// A document's score is its best passage's (the sum of its sentences' scores, if the passage names the subject),
    /// plus half of every further passage that reaches the sentence threshold. A passing mention is one weak
    /// sentence; discussion piles up evidence in one place, or comes back to the topic.
    /// </summary>
    public TopicMatch ScoreDocument(TokenizedSentence? title, IReadOnlyList<TokenizedSentence> sentences)
    {
        // A title naming the subject (a meeting with Zelensky) makes the whole document about it.
        var subjectEverywhere = title is not null && NamesSubject(title);
        var all = title is null ? sentences : [title, .. sentences];
        var scores = all.Select(ScoreSentence).ToList();

        // Prefix sums keep each passage O(1), so a long transcript costs linear time.
        var n = scores.Count;
        var scoreSum = new double[n + 1];
        var subjectCount = new int[n + 1];
        for (var i = 0; i < n; i++)
        {
            scoreSum[i + 1] = scoreSum[i] + scores[i].Score;
            subjectCount[i + 1] = subjectCount[i] + (scores[i].NamesSubject ? 1 : 0);
        }

        var passages = new List<(int Start, int End, double Score)>();
        var end = 0;
        var words = 0;
        for (var start = 0; start < n; start++)
        {
            // The passage is whole sentences from `start` up to the word budget, always at least one sentence.
            if (end <= start) (end, words) = (start + 1, all[start].Words.Count);
            while (end < n && words + all[end].Words.Count <= Definition.PassageWords) words += all[end++].Words.Count;
            var score = scoreSum[end] - scoreSum[start];
            if (score > 0 && (subjectEverywhere || subjectCount[end] > subjectCount[start])) passages.Add((start, end, score));
            words -= all[start].Words.Count;
        }

        // The best passage, then further non-overlapping passages in order of strength.
        var chosen = new List<(int Start, int End, double Score)>();
        foreach (var p in passages.OrderByDescending(p => p.Score).ThenBy(p => p.Start))
        {
            if (chosen.Count > 0 && p.Score < Definition.SentenceThreshold) break;
            if (chosen.Any(c => p.Start < c.End && c.Start < p.End)) continue;
            chosen.Add(p);
        }
        if (chosen.Count == 0) return new TopicMatch(Definition.Slug, 0, []);

        var total = chosen[0].Score + FurtherPassageFactor * chosen.Skip(1).Sum(p => p.Score);
        var evidence = chosen
            .SelectMany(p => scores.Skip(p.Start).Take(p.End - p.Start).SelectMany(s => s.Evidence))
            .GroupBy(e => e, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .Select(g => g.Key)
            .Take(MaxEvidence)
            .ToList();
        return new TopicMatch(Definition.Slug, Math.Round(total, 2), evidence);
    }
}
