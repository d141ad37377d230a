using Briefing.News.Transcripts;

namespace Briefing.News.Summaries;

/// <summary>
/// Multi-document extractive summariser: ranks standalone sentences by centrality across sources
/// (a biased LexRank graph over TF-IDF vectors), toward a topic when given one, and picks them with
/// maximal marginal relevance so no two points say the same thing. Each point carries every article
/// that makes it. Pure and deterministic: ties break on document and sentence order.
/// </summary>
public sealed class Summarizer
{
    // Candidates per story and in all: the graph is built over these only, so its cost does not grow with the window.
    private const int CandidatesPerStory = 12;
    private const int MaxCandidates = 360;
    private const double EdgeThreshold = 0.08;
    private const double Damping = 0.7;
    private const int Iterations = 40;
    private const double MmrLambda = 0.75;
    // Newer developments rank above older ones of similar weight: a point loses up to this share of its score with the
    // age of its article, counted back from the window's newest article and halving its freshness every week.
    private const double RecencyWeight = 0.4;
    private const double RecencyHalfLifeDays = 7;
    // Each point already taken from a story makes the next one from it a little less welcome, so one long
    // article cannot fill a digest that other outlets also contribute to.
    private const double StoryRepeatPenalty = 0.08;

    /// <summary>
    /// Ranked points, best first. <paramref name="relevance"/> scores a sentence for the topic; sentences scoring 0
    /// are left out. It is called from several threads at once, so it must be safe to (a pure function is).
    /// </summary>
    public IReadOnlyList<SummaryPoint> Summarize(
        IReadOnlyList<SummaryDocument> documents,
        SummaryBudget budget,
        Func<string, double>? relevance = null)
    {
        var corpus = SentenceCorpus.Build(documents);
        if (corpus.Sentences.Count == 0) return [];

        var stories = StoryGrouper.Group(corpus.DocumentTerms);
        var centroid = Centroid(corpus, stories);
        var candidates = Candidates(corpus, stories, centroid, relevance);
        if (candidates.Count == 0) return [];

        var centrality = LexRank(candidates, stories);
        var freshness = Freshness(documents);
        for (var i = 0; i < candidates.Count; i++)
            candidates[i] = candidates[i] with
            {
                Score = (0.5 * centrality[i] + 0.5 * candidates[i].Prior) * freshness[candidates[i].Sentence.Document],
            };

        var events = new EventMatcher(documents);
        var chosen = SelectByMmr(candidates, stories, events, budget);
        return chosen.Select(c => ToPoint(c, corpus, documents, stories, events)).ToList();
    }

    // What each document's points keep of their score for its age. Only a published date counts: when the corpus first
    // saw a page says nothing about when it happened, so a page without one sits halfway.
    private static double[] Freshness(IReadOnlyList<SummaryDocument> documents)
    {
        var newest = documents.Select(d => d.Published).Max();
        return documents.Select(d =>
        {
            if (newest is null) return 1.0;
            if (d.Published is not { } published) return 1 - RecencyWeight / 2;
            var ageDays = Math.Max(0, (newest.Value - published).TotalDays);
            return 1 - RecencyWeight * (1 - Math.Pow(2, -ageDays / RecencyHalfLifeDays));
        }).ToArray();
    }

    // The centroid of the window, each story weighted once however many outlets reprinted it.
    private static double[] Centroid(SentenceCorpus corpus, int[] stories)
    {
        var storySize = new int[stories.Length];
        foreach (var s in stories) storySize[s]++;
        var centroid = new double[corpus.VocabularySize];
        foreach (var sentence in corpus.Sentences)
        {
            var weight = 1.0 / storySize[stories[sentence.Document]];
            var v = sentence.Vector;
            for (var i = 0; i < v.Ids.Length; i++) centroid[v.Ids[i]] += weight * v.Weights[i];
        }
        var norm = Math.Sqrt(centroid.Sum(x => x * x));
        if (norm > 0) for (var i = 0; i < centroid.Length; i++) centroid[i] /= norm;
        return centroid;
    }

    private static List<Candidate> Candidates(SentenceCorpus corpus, int[] stories, double[] centroid, Func<string, double>? relevance)
    {
        var scored = new List<Candidate>();
        var sentences = corpus.Sentences;
        // Screening and topic scoring are the costly per-sentence steps and independent of each other: they run in
        // parallel into arrays indexed by sentence, so the result does not depend on scheduling.
        var eligible = new bool[sentences.Count];
        var topicScores = new double[sentences.Count];
        Parallel.For(0, sentences.Count, i =>
        {
            var sentence = sentences[i];
            if (sentence.Vector.IsEmpty || sentence.IsQuestion || SentenceFilter.Check(sentence.Text) != SentenceRejection.None) return;
            // Spoken words stand alone only when the reader can tell whose they are and they come out whole.
            if (SpokenFiller.Stumbles(sentence.Text) || (sentence.Speaker is null && FirstPerson.Speaks(sentence.Text))) return;
            topicScores[i] = relevance?.Invoke(sentence.Text) ?? 0;
            eligible[i] = relevance is null || topicScores[i] > 0;
        });
        var maxRelevance = 0.0;
        var raw = new List<(Sentence Sentence, double Centrality, double Relevance)>();
        for (var i = 0; i < sentences.Count; i++)
        {
            if (!eligible[i]) continue;
            maxRelevance = Math.Max(maxRelevance, topicScores[i]);
            raw.Add((sentences[i], sentences[i].Vector.Dot(centroid), topicScores[i]));
        }
        var maxCentroid = raw.Count == 0 ? 0 : raw.Max(r => r.Centrality);
        foreach (var (sentence, centrality, topic) in raw)
        {
            // News puts what matters first: a lead sentence outweighs one deep in the article.
            var position = 1.0 / Math.Sqrt(1 + sentence.Position);
            var prior = (maxCentroid > 0 ? centrality / maxCentroid : 0)
                + 0.6 * position
                + (maxRelevance > 0 ? 0.5 * topic / maxRelevance : 0);
            scored.Add(new Candidate(sentence, prior, 0));
        }
        var maxPrior = scored.Count == 0 ? 1 : scored.Max(c => c.Prior);

        return scored
            .Select(c => c with { Prior = c.Prior / maxPrior })
            .GroupBy(c => stories[c.Sentence.Document])
            .SelectMany(g => g.OrderByDescending(c => c.Prior).ThenBy(c => c.Sentence.Ordinal).Take(CandidatesPerStory))
            .OrderByDescending(c => c.Prior).ThenBy(c => c.Sentence.Ordinal)
            .Take(MaxCandidates)
            .OrderBy(c => c.Sentence.Ordinal)
            .ToList();
    }

    // Biased PageRank over the candidate similarity graph. Edges inside one story are dropped when there are
    // several stories, so a sentence gains centrality from other sources agreeing with it, not from reprints.
    private static double[] LexRank(List<Candidate> candidates, int[] stories)
    {
        var n = candidates.Count;
        var multiStory = candidates.Select(c => stories[c.Sentence.Document]).Distinct().Count() > 1;
        var weights = new double[n][];
        for (var i = 0; i < n; i++)
        {
            weights[i] = new double[n];
            var story = stories[candidates[i].Sentence.Document];
            for (var j = 0; j < n; j++)
            {
                if (i == j) continue;
                if (multiStory && stories[candidates[j].Sentence.Document] == story) continue;
                var sim = candidates[i].Sentence.Vector.Dot(candidates[j].Sentence.Vector);
                if (sim >= EdgeThreshold) weights[i][j] = sim;
            }
            var rowSum = weights[i].Sum();
            if (rowSum > 0) for (var j = 0; j < n; j++) weights[i][j] /= rowSum;
        }

        var bias = candidates.Select(c => c.Prior).ToArray();
        var biasSum = bias.Sum();
        for (var i = 0; i < n; i++) bias[i] = biasSum > 0 ? bias[i] / biasSum : 1.0 / n;

        var rank = (double[])bias.Clone();
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            var next = new double[n];
            var dangling = 0.0;
            for (var i = 0; i < n; i++)
            {
                var row = weights[i];
                var hasEdges = false;
                for (var j = 0; j < n; j++)
                {
                    if (row[j] == 0) continue;
                    next[j] += Damping * rank[i] * row[j];
                    hasEdges = true;
                }
                if (!hasEdges) dangling += rank[i];
            }
            for (var i = 0; i < n; i++) next[i] += ((1 - Damping) + Damping * dangling) * bias[i];
            rank = next;
        }
        var max = rank.Max();
        return rank.Select(r => max > 0 ? r / max : 0).ToArray();
    }

    private static List<Candidate> SelectByMmr(List<Candidate> candidates, int[] stories, EventMatcher events, SummaryBudget budget)
    {
        var chosen = new List<Candidate>();
        var remaining = candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Sentence.Ordinal).ToList();
        var words = 0;
        while (remaining.Count > 0 && !BudgetMet(budget, chosen.Count, words))
        {
            Candidate? best = null;
            var bestValue = double.NegativeInfinity;
            foreach (var candidate in remaining)
            {
                // An event already told is not told again: its other tellings only add their sources to that point.
                if (chosen.Any(c => events.Same(c.Sentence, candidate.Sentence))) continue;
                var redundancy = chosen.Count == 0 ? 0 : chosen.Max(c => c.Sentence.Vector.Dot(candidate.Sentence.Vector));
                var repeats = chosen.Count(c => stories[c.Sentence.Document] == stories[candidate.Sentence.Document]);
                var value = MmrLambda * candidate.Score - (1 - MmrLambda) * redundancy - StoryRepeatPenalty * repeats;
                if (value > bestValue) { bestValue = value; best = candidate; }
            }
            if (best is null) break;
            remaining.Remove(best);
            chosen.Add(best);
            words += best.Sentence.WordCount;
        }
        return chosen;
    }

    private static bool BudgetMet(SummaryBudget budget, int points, int words) =>
        (budget.Points is { } p && points >= p) || (budget.Words is { } w && words >= w);

    // Every article with a sentence reporting the same event, and every reprint of the chosen sentence's story.
    private static SummaryPoint ToPoint(
        Candidate chosen, SentenceCorpus corpus, IReadOnlyList<SummaryDocument> documents, int[] stories, EventMatcher events)
    {
        var own = chosen.Sentence.Document;
        var supporting = new SortedSet<int>();
        for (var d = 0; d < stories.Length; d++)
            if (d != own && stories[d] == stories[own]) supporting.Add(d);
        foreach (var sentence in corpus.Sentences)
        {
            if (sentence.Document == own || sentence.IsQuestion || supporting.Contains(sentence.Document)) continue;
            if (events.Same(sentence, chosen.Sentence)) supporting.Add(sentence.Document);
        }
        var sources = new[] { own }.Concat(supporting)
            .Select(d => documents[d])
            .Select(doc => new PointSource(doc.Id, doc.Outlet, doc.Title, doc.Url, doc.Published, doc.FirstSeen))
            .ToList();
        // Only a sentence that says where its news is from ("Bloomberg reports") retells another outlet.
        var via = CitedOutlet.In(chosen.Sentence.Text) is { } cited
                  && !sources.Any(s => string.Equals(s.Outlet, cited, StringComparison.OrdinalIgnoreCase))
            ? new[] { cited }
            : [];
        return new SummaryPoint(chosen.Sentence.Text, sources, via, chosen.Score, own, chosen.Sentence.Position, chosen.Sentence.Speaker);
    }

    private sealed record Candidate(Sentence Sentence, double Prior, double Score);
}
