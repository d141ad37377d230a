using Briefing.News.Text;
using Briefing.News.Transcripts;

namespace Briefing.News.Summaries;

/// <summary>The window's documents split into sentences, tokenised (name-normalised, stop words out) and weighted by TF-IDF.</summary>
internal sealed class SentenceCorpus
{
    private SentenceCorpus(IReadOnlyList<Sentence> sentences, IReadOnlyList<IReadOnlyList<int>> documentTerms, int vocabularySize)
    {
        Sentences = sentences;
        DocumentTerms = documentTerms;
        VocabularySize = vocabularySize;
    }

    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>Each document's content terms in reading order (for story grouping).</summary>
    public IReadOnlyList<IReadOnlyList<int>> DocumentTerms { get; }

    public int VocabularySize { get; }

    public static SentenceCorpus Build(IReadOnlyList<SummaryDocument> documents)
    {
        // Splitting, tokenising and numbering terms within each document is independent work: done in parallel,
        // one slot per document. Only the document-wide term lists meet in one vocabulary, in document order.
        var tokenized = new TokenizedDocument[documents.Count];
        Parallel.For(0, documents.Count, d => tokenized[d] = Tokenize(documents[d]));

        // Term ids are given in order of first appearance, so everything downstream is independent of hash order.
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var globalIds = new int[documents.Count][];
        var firstSentence = new int[documents.Count + 1];
        for (var d = 0; d < documents.Count; d++)
        {
            var terms = tokenized[d].Terms;
            var ids = globalIds[d] = new int[terms.Count];
            for (var t = 0; t < terms.Count; t++)
            {
                if (!vocabulary.TryGetValue(terms[t], out var id)) vocabulary[terms[t]] = id = vocabulary.Count;
                ids[t] = id;
            }
            firstSentence[d + 1] = firstSentence[d] + tokenized[d].Sentences.Count;
        }

        // Each sentence's distinct terms and their counts; document frequency counts sentences, not occurrences.
        var documentFrequency = new int[vocabulary.Count];
        var sentenceTerms = new (int[] Ids, int[] Counts)[firstSentence[^1]];
        var documentTerms = new int[documents.Count][];
        Parallel.For(0, documents.Count, d =>
        {
            var map = globalIds[d];
            var all = new List<int>();
            for (var s = 0; s < tokenized[d].Sentences.Count; s++)
            {
                var local = tokenized[d].Sentences[s].Terms;
                var ids = new int[local.Length];
                for (var k = 0; k < local.Length; k++) ids[k] = map[local[k]];
                all.AddRange(ids);
                Array.Sort(ids);
                var distinct = 0;
                var counts = new int[ids.Length];
                for (var k = 0; k < ids.Length; k++)
                {
                    if (distinct > 0 && ids[distinct - 1] == ids[k]) { counts[distinct - 1]++; continue; }
                    ids[distinct] = ids[k];
                    counts[distinct++] = 1;
                    Interlocked.Increment(ref documentFrequency[ids[k]]);
                }
                sentenceTerms[firstSentence[d] + s] = (ids[..distinct], counts[..distinct]);
            }
            documentTerms[d] = [.. all];
        });

        var idf = new float[vocabulary.Count];
        for (var t = 0; t < idf.Length; t++) idf[t] = (float)Math.Log((sentenceTerms.Length + 1.0) / documentFrequency[t]);
        var sentences = new Sentence[sentenceTerms.Length];
        Parallel.For(0, documents.Count, d =>
        {
            for (var s = 0; s < tokenized[d].Sentences.Count; s++)
            {
                var i = firstSentence[d] + s;
                var sentence = tokenized[d].Sentences[s];
                sentences[i] = new Sentence(sentence.Text, d, s, i, sentence.WordCount, TermVector.From(sentenceTerms[i].Ids, sentenceTerms[i].Counts, idf),
                    sentence.Speaker, sentence.IsQuestion);
            }
        });
        return new SentenceCorpus(sentences, documentTerms, vocabulary.Count);
    }

    // Terms are numbered per document (in order of first appearance) so the shared vocabulary sees each once.
    private static TokenizedDocument Tokenize(SummaryDocument document)
    {
        var local = new Dictionary<string, int>(StringComparer.Ordinal);
        var terms = new List<string>();
        var sentences = new List<TokenizedSentence>();
        var ids = new List<int>();
        var split = document.Paragraphs.SelectMany(SentenceSplitter.Split).ToList();
        SpeakerNames? names = null;
        var author = StatementAuthor.Of(document.Title);
        foreach (var spoken in SpeakerTurns.Read(split))
        {
            var text = SpokenFiller.Strip(spoken.Label is not null && !spoken.IsQuestion ? SpokenFiller.StripSpokenConjunction(spoken.Text) : spoken.Text);
            // Names are resolved only for pages with turns: most articles have none.
            var speaker = spoken.Label is { } label ? (names ??= new SpeakerNames(document.Title, document.Paragraphs)).Resolve(label) : author;
            ids.Clear();
            var wordCount = 0;
            foreach (var word in WordTokenizer.Words(text))
            {
                wordCount++;
                if (word.Length < 2 || StopWords.Contains(word)) continue;
                var term = Stem(word);
                if (!local.TryGetValue(term, out var id))
                {
                    local[term] = id = terms.Count;
                    terms.Add(term);
                }
                ids.Add(id);
            }
            sentences.Add(new TokenizedSentence(text, wordCount, [.. ids], speaker, spoken.IsQuestion));
        }
        return new TokenizedDocument(terms, sentences);
    }

    private sealed record TokenizedDocument(List<string> Terms, List<TokenizedSentence> Sentences);

    private sealed record TokenizedSentence(string Text, int WordCount, int[] Terms, string? Speaker, bool IsQuestion);

    // A light suffix stripper ("damaged"/"damage", "sanctions"/"sanction", "talking"/"talk"): enough for
    // retellings of one point to meet, without a full stemmer's surprises on names.
    private static string Stem(string word)
    {
        // "-ss", "-us", "-is" are not plurals (congress, status, crisis).
        if (word.EndsWith("ss", StringComparison.Ordinal) || word.EndsWith("us", StringComparison.Ordinal) || word.EndsWith("is", StringComparison.Ordinal))
            return word;
        foreach (var suffix in Suffixes)
            if (word.Length - suffix.Length >= 4 && word.EndsWith(suffix, StringComparison.Ordinal))
                return word[..^suffix.Length];
        return word;
    }

    private static readonly string[] Suffixes = ["ing", "ed", "ly", "es", "e", "s"];
}
