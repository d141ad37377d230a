using System.Runtime.CompilerServices;
namespace Briefing.News.Topics;

/// <summary>A topic with its phrases compiled, scoring sentences and whole documents.</summary>
internal sealed class CompiledTopic
{
    private const int MaxEvidence = 8;
    // A question states no position; answered on the topic it counts, but less than what is said in answer or prose.
    internal const double QuestionFactor = 0.5;
    // How many words at the start of the text make its lead.
    private const int LeadWords = 60;
    // A headline on topic counts this many times its phrases' weight (see WeighHeadline).
    private const double HeadlineFactor = 2.0;
    // Further passages that discuss the topic add to the best one, at this rate.
    private const double FurtherPassageFactor = 0.5;

    private readonly IReadOnlyList<PhraseMatcher> matchers;
    // Phrases that say a sentence is about something else: where one is found, the sentence counts nothing.
    private readonly IReadOnlyList<PhraseMatcher> cancellers;
    // By vocabulary number: the words naming the topic's subject (Ukraine, Kyiv), and other countries (Sweden, Poland).
    private readonly bool[] isSubject;
    private readonly bool[] isOther;
    // By vocabulary number: the body the topic is about (NATO), and other bodies with the same vocabulary (EU).
    private readonly bool[] isBody;
    private readonly bool[] isOtherBody;
    // Words at least one of which every phrase needs: a sentence with none of them is only checked for names.
    private readonly bool[] isKey;
    private readonly bool needsSubject;

    public CompiledTopic(TopicDefinition definition, TopicVocabulary vocabulary)
    {
        Definition = definition;
        // Longer contiguous phrases claim their words first, so "bilateral security agreement" is not also
        // counted as "security agreement"; co-occurrence (within) phrases add on top and claim nothing.
        matchers = definition.Phrases.Where(p => !p.Cancels).Select(p => PhraseMatcher.Compile(p, vocabulary))
            .OrderByDescending(m => m.IsContiguous).ThenByDescending(m => m.SlotCount).ToList();
        cancellers = definition.Phrases.Where(p => p.Cancels).Select(p => PhraseMatcher.Compile(p, vocabulary)).ToList();
        isSubject = IdsOf(StemsOfWords(definition.Subject), vocabulary);
        isOther = IdsOf(StemsOfWords(definition.OtherSubjects.Except(definition.Subject, StringComparer.OrdinalIgnoreCase)), vocabulary);
        isBody = IdsOf(StemsOfWords(definition.Body), vocabulary);
        isOtherBody = IdsOf(StemsOfWords(definition.OtherBodies), vocabulary);
        needsSubject = definition.Subject.Count > 0;
        isKey = IdsOf(definition.Phrases.Where(p => !p.Cancels).SelectMany(p => KeySlot(PhraseMatcher.Slots(p.Text))), vocabulary);
    }

    // The slot of a phrase most likely to rule a sentence out: the one with fewest words, preferring slots without
    // short function words ("of", "the"), which nearly every sentence has.
    private static IReadOnlyList<string> KeySlot(IReadOnlyList<IReadOnlyList<string>> slots) =>
        slots.OrderBy(slot => slot.Any(stem => stem.Length <= 3)).ThenBy(slot => slot.Count).First();

    public TopicDefinition Definition { get; }

    /// <summary>Every stem the topic's phrases and subjects use, for the shared <see cref="TopicVocabulary"/>.</summary>
    public static IEnumerable<string> StemsOf(TopicDefinition definition) =>
        StemsOfWords(definition.Phrases.Select(p => p.Text).Concat(definition.Subject).Concat(definition.OtherSubjects)
            .Concat(definition.Body).Concat(definition.OtherBodies));

    private static IEnumerable<string> StemsOfWords(IEnumerable<string> words) => words.SelectMany(PhraseMatcher.Slots).SelectMany(s => s);

    private static bool[] IdsOf(IEnumerable<string> stems, TopicVocabulary vocabulary)
    {
        var ids = new bool[vocabulary.Count];
        foreach (var stem in stems) ids[vocabulary.IdOfStem(stem)] = true;
        return ids;
    }

    /// <summary>
    /// The sentence's phrase weights, each bound to a subject where it stands: a phrase that contains the subject
    /// (Ukraine's membership), or whose clause, else sentence, names only the subject, is bound to it; one whose clause
    /// or sentence names only another country (Sweden's accession) is dropped; one with no country in its sentence is
    /// free, and takes its subject from the sentences around it. A sentence naming another body and not the topic's
    /// (the EU, not NATO) counts nothing.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public SentenceScore ScoreSentence(TokenizedSentence sentence)
    {
        if (!sentence.HasVocabulary) return SentenceScore.None;
        var namesSubject = false;
        var namesOther = false;
        var hasKey = false;
        var namesBody = false;
        var namesOtherBody = false;
        foreach (var p in sentence.VocabularyPositions)
        {
            var id = sentence.Ids[p];
            namesSubject |= isSubject[id];
            namesOther |= isOther[id];
            hasKey |= isKey[id];
            namesBody |= isBody[id];
            namesOtherBody |= isOtherBody[id];
        }
        if (!hasKey || (namesOtherBody && !namesBody)) return SentenceScore.Naming(namesSubject, namesOther);

        var taken = new bool[sentence.Ids.Length];
        // "NATO is the only real guarantee" is about membership; "guarantees only until Ukraine is in NATO" still about
        // guarantees. A canceller claims no words from the phrases after it.
        foreach (var canceller in cancellers)
        {
            foreach (var positions in canceller.Matches(sentence, taken))
                if (!sentence.TouchesFrameClause(positions)) return SentenceScore.Naming(namesSubject, namesOther);
            Array.Clear(taken);
        }
        double bound = 0, free = 0, following = 0;
        List<string>? evidence = null;
        foreach (var matcher in matchers)
        {
            foreach (var positions in matcher.Matches(sentence, taken))
            {
                var binding = !needsSubject ? Binding.Subject : Bind(sentence, positions, namesSubject, namesOther);
                if (binding == Binding.Other) continue;
                // "… meant to run until Ukraine joins the alliance": a phrase wholly inside a clause of time only frames
                // what the sentence says about something else.
                if (sentence.InFrameClause(positions)) continue;
                if (matcher.Phrase.Follows) following += matcher.Phrase.Weight;
                else if (binding == Binding.Subject) bound += matcher.Phrase.Weight;
                else free += matcher.Phrase.Weight;
                (evidence ??= []).Add(string.Join(' ', positions.Select(p => sentence.Words[p])));
            }
        }
        return new SentenceScore(bound, free, evidence ?? (IReadOnlyList<string>)[], namesSubject, namesOther) { Following = following };
    }

    private enum Binding { None, Subject, Other }

    private Binding Bind(TokenizedSentence sentence, int[] positions, bool namesSubject, bool namesOther)
    {
        foreach (var p in positions) if (isSubject[sentence.Ids[p]]) return Binding.Subject;
        if (!namesOther) return namesSubject ? Binding.Subject : Binding.None;
        if (!namesSubject) return Binding.Other;

        // Both named: the clause of the phrase decides ("Sweden joined NATO, and we stand with Ukraine"); a clause
        // naming the subject binds to it ("Ukraine and Poland signed a security agreement"); a clause naming
        // neither leaves it to the nearer name, the subject on a tie.
        var first = sentence.ClauseOf(positions[0]);
        var last = sentence.ClauseOf(positions[^1]);
        bool clauseSubject = false, clauseOther = false;
        int subjectDistance = int.MaxValue, otherDistance = int.MaxValue;
        foreach (var p in sentence.VocabularyPositions)
        {
            var id = sentence.Ids[p];
            if (!isSubject[id] && !isOther[id]) continue;
            var inClause = sentence.ClauseOf(p) is var c && c >= first && c <= last;
            var distance = Math.Min(Math.Abs(p - positions[0]), Math.Abs(p - positions[^1]));
            if (isSubject[id]) { clauseSubject |= inClause; subjectDistance = Math.Min(subjectDistance, distance); }
            else { clauseOther |= inClause; otherDistance = Math.Min(otherDistance, distance); }
        }
        if (clauseSubject || clauseOther) return clauseSubject ? Binding.Subject : Binding.Other;
        return subjectDistance <= otherDistance ? Binding.Subject : Binding.Other;
    }

    /// <summary>
    /// A document's score is its best passage's (the sum of its sentences' scores) plus half of every further passage
    /// that reaches the sentence threshold. A passing mention is one weak sentence; discussion piles up evidence in
    /// one place, or comes back to the topic. A sentence counts what is bound to the subject, and its free phrases
    /// when the nearest sentence naming a country names the subject (else, with none nearby, when the title or lead
    /// does). A reporter's question counts half when the answer that follows reaches the sentence threshold on the
    /// topic, and nothing otherwise: an unanswered or brushed-off question is not discussion.
    /// </summary>
    public TopicMatch ScoreDocument(TokenizedSentence? title, IReadOnlyList<TokenizedSentence> sentences)
    {
        var all = title is null ? sentences : [title, .. sentences];
        var scores = new SentenceScore[all.Count];
        for (var i = 0; i < all.Count; i++) scores[i] = ScoreSentence(all[i]);
        var documentSubject = NamesSubjectUpFront(all, scores, title is null ? 0 : 1);

        var n = scores.Length;
        var effective = new double[n];
        for (var i = 0; i < n; i++)
            effective[i] = scores[i].Bound + (scores[i].Free > 0 && ContextIsSubject(all, scores, i, documentSubject) ? scores[i].Free : 0);
        AddFollowing(all, scores, effective);
        WeighQuestions(all, effective);
        if (title is not null) WeighHeadline(effective);
        if (Definition.LoneSentenceNeedsSpeech && IsLoneNarration(all, effective)) return new TopicMatch(Definition.Slug, 0, []);

        // Prefix sums keep each passage O(1), so a long transcript costs linear time.
        var scoreSum = new double[n + 1];
        for (var i = 0; i < n; i++) scoreSum[i + 1] = scoreSum[i] + effective[i];

        var passages = new List<(int Start, int End, double Score)>();
        var end = 0;
        var words = 0;
        for (var start = 0; start < n; start++)
        {
            // The passage is whole sentences from `start` up to the word budget, always at least one sentence.
            if (end <= start) (end, words) = (start + 1, all[start].Words.Count);
            while (end < n && words + all[end].Words.Count <= Definition.PassageWords) words += all[end++].Words.Count;
            var score = scoreSum[end] - scoreSum[start];
            if (score > 0) passages.Add((start, end, score));
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
            .SelectMany(p => Enumerable.Range(p.Start, p.End - p.Start).Where(i => effective[i] > 0).SelectMany(i => scores[i].Evidence))
            .GroupBy(e => e, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .Select(g => g.Key)
            .Take(MaxEvidence)
            .ToList();
        return new TopicMatch(Definition.Slug, Math.Round(total, 2), evidence);
    }

    // A headline names what the story is about: one on topic by itself counts twice when the text comes back to the
    // topic, so "France backs a path for Ukraine into NATO" over one line on it is a story on accession. A headline
    // whose text never mentions the topic (a page whose title was taken from elsewhere) gets no more than its own weight.
    private void WeighHeadline(double[] effective)
    {
        if (effective[0] < Definition.SentenceThreshold) return;
        for (var i = 1; i < effective.Length; i++)
        {
            if (effective[i] <= 0) continue;
            effective[0] *= HeadlineFactor;
            return;
        }
    }

    // The topic counts in one sentence of the whole document, and that sentence is the writer's narration, not anyone's
    // own words: a background line ("the summit came a day after Putin demanded that Ukraine drop its NATO bid").
    private static bool IsLoneNarration(IReadOnlyList<TokenizedSentence> all, double[] effective)
    {
        var lone = -1;
        for (var i = 0; i < effective.Length; i++)
        {
            if (effective[i] <= 0) continue;
            if (lone >= 0) return false;
            lone = i;
        }
        return lone >= 0 && !all[lone].IsOwnWords;
    }

    // A phrase that refers back counts where the topic counted in a sentence within a passage's length before it.
    private void AddFollowing(IReadOnlyList<TokenizedSentence> all, SentenceScore[] scores, double[] effective)
    {
        var wordsSinceTopic = int.MaxValue;
        for (var i = 0; i < all.Count; i++)
        {
            // Only an earlier sentence counts: in "guarantees … security guarantees" the sentence names the topic itself.
            var counted = effective[i] > 0;
            if (scores[i].Following > 0 && wordsSinceTopic <= Definition.PassageWords) effective[i] += scores[i].Following;
            if (counted) wordsSinceTopic = 0;
            if (wordsSinceTopic != int.MaxValue) wordsSinceTopic += all[i].Words.Count;
        }
    }

    // The title, or the lead (the first sentences of the text up to LeadWords), names the subject: a statement
    // headed "Ukraine" or opening "President Zelensky met ..." is about Ukraine where a passage does not say otherwise.
    private static bool NamesSubjectUpFront(IReadOnlyList<TokenizedSentence> all, SentenceScore[] scores, int bodyStart)
    {
        if (bodyStart == 1 && scores[0].NamesSubject) return true;
        var words = 0;
        for (var i = bodyStart; i < all.Count && words < LeadWords; i++)
        {
            if (scores[i].NamesSubject) return true;
            words += all[i].Words.Count;
        }
        return false;
    }

    // The nearest sentence naming a country, looking back first and then ahead, each up to a passage's length.
    private bool ContextIsSubject(IReadOnlyList<TokenizedSentence> all, SentenceScore[] scores, int index, bool documentSubject)
    {
        var words = 0;
        for (var j = index - 1; j >= 0 && words <= Definition.PassageWords; j--)
        {
            if (scores[j].NamesCountry) return scores[j].NamesSubject;
            words += all[j].Words.Count;
        }
        words = 0;
        for (var j = index + 1; j < all.Count && words <= Definition.PassageWords; j++)
        {
            if (scores[j].NamesCountry) return scores[j].NamesSubject;
            words += all[j].Words.Count;
        }
        return documentSubject;
    }

    // Walks back so each run of question sentences knows the answer that follows it (up to the next question).
    private void WeighQuestions(IReadOnlyList<TokenizedSentence> all, double[] effective)
    {
        var answer = 0.0;
        var inQuestion = false;
        for (var i = all.Count - 1; i >= 0; i--)
        {
            if (all[i].IsQuestion)
            {
                inQuestion = true;
                effective[i] = answer >= Definition.SentenceThreshold ? effective[i] * QuestionFactor : 0;
                continue;
            }
            if (inQuestion) (answer, inQuestion) = (0, false);
            answer += effective[i];
        }
    }
}
