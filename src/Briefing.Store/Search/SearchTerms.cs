using System.Text;
using Briefing.News.Text;

namespace Briefing.Store.Search;

/// <summary>
/// Bridges FTS5's tokenizer and <see cref="WordTokenizer"/>'s name normalisation: what an article adds to the index
/// so that name variants match, and how a user's query becomes a safe FTS5 expression.
/// </summary>
public static class SearchTerms
{
    /// <summary>
    /// The normalised forms of words in the text that the FTS5 tokenizer does not already index
    /// ("zelensky" for a text saying "Zelenskyy"), space-separated.
    /// </summary>
    public static string NameVariants(string title, string body) =>
        NameVariants(title, body, WordTokenizer.Words(title).Concat(WordTokenizer.Words(body)));

    /// <inheritdoc cref="NameVariants(string, string)"/>
    /// <param name="normalisedWords">The title's and body's words as <see cref="WordTokenizer"/> gives them (when the caller has them already).</param>
    public static string NameVariants(string title, string body, IEnumerable<string> normalisedWords)
    {
        var indexed = new HashSet<string>(StringComparer.Ordinal);
        AddTokens(indexed, title);
        AddTokens(indexed, body);
        var variants = new List<string>();
        foreach (var word in normalisedWords)
        {
            // Adding marks the word as seen, so each variant is listed once.
            if (word.Contains('\'') || !indexed.Add(word)) continue;
            variants.Add(word);
        }
        return string.Join(' ', variants);
    }

    /// <summary>
    /// An FTS5 expression matching articles that contain every word of the query (in any spelling variant).
    /// Each term is quoted, so operators, column filters and punctuation typed by a user are plain words or ignored.
    /// Empty when the query has no words.
    /// </summary>
    public static string MatchExpression(string query)
    {
        var terms = new List<string>();
        foreach (var raw in QueryWords(query))
        {
            var normalised = WordTokenizer.Words(raw).FirstOrDefault();
            if (normalised is null) continue;
            // The raw spelling too, so snippet() highlights it where the text uses that spelling.
            terms.Add(normalised == raw ? Quote(normalised) : $"({Quote(normalised)} OR {Quote(raw)})");
        }
        return string.Join(" AND ", terms);
    }

    private static string Quote(string term) => "\"" + term.Replace("\"", "\"\"") + "\"";

    // Letter and digit runs, lower case, as FTS5's unicode61 tokenizer sees words; a word costs a string only the first time.
    private static void AddTokens(HashSet<string> tokens, string text)
    {
        var lookup = tokens.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[MaxTokenLength];
        var length = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                if (length < MaxTokenLength) buffer[length] = char.ToLowerInvariant(text[i]);
                length++;
                continue;
            }
            // Longer tokens are no names; leaving them out only means their normalised form is indexed twice.
            if (length is > 0 and <= MaxTokenLength) lookup.Add(buffer[..length]);
            length = 0;
        }
    }

    private const int MaxTokenLength = 64;

    // Words as WordTokenizer sees them (inner apostrophes kept), lower case but not yet normalised.
    private static IEnumerable<string> QueryWords(string query)
    {
        var word = new StringBuilder();
        for (var i = 0; i <= query.Length; i++)
        {
            var c = i < query.Length ? query[i] : ' ';
            if (char.IsLetterOrDigit(c) || (c is '\'' or '’' && word.Length > 0)) { word.Append(char.ToLowerInvariant(c == '’' ? '\'' : c)); continue; }
            if (word.Length == 0) continue;
            var text = word.ToString().TrimEnd('\'');
            word.Clear();
            if (text.Length > 0) yield return text;
        }
    }
}
