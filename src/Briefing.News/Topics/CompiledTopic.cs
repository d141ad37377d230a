namespace Briefing.News.Topics;

/// <summary>A topic with its phrases compiled, scoring sentences and whole documents.</summary>
internal sealed class CompiledTopic
{
    private const int MaxEvidence = 8;
    private readonly IReadOnlyList<PhraseMatcher> matchers;
    private readonly HashSet<string> subject;

    public CompiledTopic(TopicDefinition definition)
    {
        Definition = definition;
        // Longer contiguous phrases claim their words first, so "bilateral security agreement" is not also
        // counted as "security agreement"; co-occurrence (within) phrases add on top and claim nothing.
        matchers = definition.Phrases.Select(PhraseMatcher.Compile)
            .OrderByDescending(m => m.IsContiguous).ThenByDescending(m => m.SlotCount).ToList();
        subject = definition.Subject.SelectMany(PhraseMatcher.Slots).SelectMany(s => s).ToHashSet(StringComparer.Ordinal);
    }

    public TopicDefinition Definition { get; }

    public SentenceScore ScoreSentence(TokenizedSentence sentence)
    {
        var taken = new bool[sentence.Stems.Count];
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
        var namesSubject = subject.Count == 0 || sentence.Stems.Any(subject.Contains);
        return new SentenceScore(score, evidence, namesSubject);
    }

    /// <summary>
    /// A document's score is its best passage's: the sum of sentence scores over a few consecutive sentences that
    /// name the subject. A passing mention is one weak sentence; discussion piles up evidence in one place.
    /// </summary>
    public TopicMatch ScoreDocument(IReadOnlyList<TokenizedSentence> sentences)
    {
        var scores = sentences.Select(ScoreSentence).ToList();
        var width = Math.Max(1, Definition.PassageSentences);
        var best = 0.0;
        var bestStart = -1;
        var substantive = new List<int>();
        for (var start = 0; start == 0 || start + width <= scores.Count; start++)
        {
            var passage = scores.Skip(start).Take(width).ToList();
            if (!passage.Any(s => s.NamesSubject)) continue;
            var score = passage.Sum(s => s.Score);
            if (score >= Definition.Threshold && (substantive.Count == 0 || start >= substantive[^1] + width)) substantive.Add(start);
            if (score > best) (best, bestStart) = (score, start);
        }
        var evidenceFrom = substantive.Count > 0 ? substantive : bestStart >= 0 ? [bestStart] : [];
        var evidence = evidenceFrom
            .SelectMany(start => scores.Skip(start).Take(width).SelectMany(s => s.Evidence))
            .GroupBy(e => e, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .Select(g => g.Key)
            .Take(MaxEvidence)
            .ToList();
        return new TopicMatch(Definition.Slug, Math.Round(best, 2), evidence);
    }
}
