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
        if (sentence.IsQuestion) score *= QuestionFactor;
        return new SentenceScore(score, evidence, NamesSubject(sentence));
    }

    public bool NamesSubject(TokenizedSentence sentence) => subject.Count == 0 || sentence.Stems.Any(subject.Contains);

    /// <summary>
    /// A document's score is its best passage's (the sum of its sentences' scores, if the passage names the subject),
    /// plus half of every further passage that reaches the sentence threshold. A passing mention is one weak
    /// sentence; discussion piles up evidence in one place, or comes back to the topic.
    /// </summary>
    public TopicMatch ScoreDocument(TokenizedSentence? title, IReadOnlyList<TokenizedSentence> sentences)
    {
        // A title naming the subject (a meeting with Zelensky) makes the whole document about it.
        var subjectEverywhere = title is not null && NamesSubject(title);
        var scores = (title is null ? sentences : sentences.Prepend(title)).Select(ScoreSentence).ToList();
        var passages = new List<(int Start, int End, double Score)>();
        for (var start = 0; start < scores.Count; start++)
        {
            var end = start + 1;
            var words = WordsOf(start);
            while (end < scores.Count && words + WordsOf(end) <= Definition.PassageWords) words += WordsOf(end++);
            var passage = scores.Skip(start).Take(end - start).ToList();
            if (subjectEverywhere || passage.Any(s => s.NamesSubject)) passages.Add((start, end, passage.Sum(s => s.Score)));
        }
        if (passages.Count == 0) return new TopicMatch(Definition.Slug, 0, []);

        // The best passage, then further non-overlapping passages in order of strength.
        var chosen = new List<(int Start, int End, double Score)>();
        foreach (var p in passages.OrderByDescending(p => p.Score).ThenBy(p => p.Start))
        {
            if (p.Score <= 0 || (chosen.Count > 0 && p.Score < Definition.SentenceThreshold)) break;
            if (chosen.Any(c => p.Start < c.End && c.Start < p.End)) continue;
            chosen.Add(p);
        }
        if (chosen.Count == 0) return new TopicMatch(Definition.Slug, 0, []);
        var score = chosen[0].Score + FurtherPassageFactor * chosen.Skip(1).Sum(p => p.Score);
        var evidence = chosen
            .SelectMany(p => scores.Skip(p.Start).Take(p.End - p.Start).SelectMany(s => s.Evidence))
            .GroupBy(e => e, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .Select(g => g.Key)
            .Take(MaxEvidence)
            .ToList();
        return new TopicMatch(Definition.Slug, Math.Round(score, 2), evidence);

        int WordsOf(int index) => index == 0 && title is not null ? title.Words.Count : sentences[index - (title is null ? 0 : 1)].Words.Count;
    }
}
