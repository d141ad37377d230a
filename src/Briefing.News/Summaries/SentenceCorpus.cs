using Briefing.News.Text;

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
        // Splitting and tokenising each document is independent work: done in parallel, one slot per document.
        var tokenized = new List<TokenizedSentence>[documents.Count];
        Parallel.For(0, documents.Count, d => tokenized[d] = Tokenize(documents[d]));

        // Term ids are given in order of first appearance, so everything downstream is independent of hash order.
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var raw = new List<(string Text, int Document, int Position, int WordCount, int[] Ids, int[] Counts)>();
        var documentTerms = new List<IReadOnlyList<int>>(documents.Count);
        var documentFrequency = new List<int>();
        var counts = new Dictionary<int, int>();
        for (var d = 0; d < documents.Count; d++)
        {
            var terms = new List<int>();
            var position = 0;
            foreach (var sentence in tokenized[d])
            {
                counts.Clear();
                foreach (var term in sentence.Terms)
                {
                    if (!vocabulary.TryGetValue(term, out var id))
                    {
                        id = vocabulary.Count;
                        vocabulary[term] = id;
                        documentFrequency.Add(0);
                    }
                    if (counts.TryGetValue(id, out var n)) counts[id] = n + 1;
                    else { counts[id] = 1; documentFrequency[id]++; }
                    terms.Add(id);
                }
                raw.Add((sentence.Text, d, position++, sentence.WordCount, [.. counts.Keys], [.. counts.Values]));
            }
            documentTerms.Add(terms);
        }

        var idf = new float[vocabulary.Count];
        for (var t = 0; t < idf.Length; t++) idf[t] = (float)Math.Log((raw.Count + 1.0) / documentFrequency[t]);
        var sentences = new Sentence[raw.Count];
        Parallel.For(0, raw.Count, i =>
        {
            var s = raw[i];
            sentences[i] = new Sentence(s.Text, s.Document, s.Position, i, s.WordCount, TermVector.From(s.Ids, s.Counts, idf));
        });
        return new SentenceCorpus(sentences, documentTerms, vocabulary.Count);
    }

    private static List<TokenizedSentence> Tokenize(SummaryDocument document)
    {
        var sentences = new List<TokenizedSentence>();
        foreach (var paragraph in document.Paragraphs)
        {
            foreach (var text in SentenceSplitter.Split(paragraph))
            {
                var terms = new List<string>();
                var wordCount = 0;
                foreach (var word in WordTokenizer.Words(text))
                {
                    wordCount++;
                    if (word.Length >= 2 && !StopWords.Contains(word)) terms.Add(Stem(word));
                }
                sentences.Add(new TokenizedSentence(text, wordCount, terms));
            }
        }
        return sentences;
    }

    private sealed record TokenizedSentence(string Text, int WordCount, List<string> Terms);

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
