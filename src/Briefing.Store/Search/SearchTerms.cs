using System.Text;
using Briefing.News.Text;
using Briefing.Store.Articles;

namespace Briefing.Store.Search;

/// <summary>
/// Bridges FTS5's tokenizer and <see cref="WordTokenizer"/>'s name normalisation: what an article adds to the index
/// so that name variants match, and how a user's query becomes a safe FTS5 expression.
/// </summary>
public static class SearchTerms
{
    /// <summary>
    /// The canonical forms of name variants in the text that the FTS5 tokenizer does not already index
    /// ("zelensky" for a text saying only "Zelenskyy"), space-separated; indexed beside the text so that any spelling finds it.
    /// </summary>
    public static string NameVariants(string title, string body)
    {
        var tokens = new HashSet<string>(StringComparer.Ordinal);
        ArticleTokens.Scan(title, tokens, wordHashes: null);
        ArticleTokens.Scan(body, tokens, wordHashes: null);
        return string.Join(' ', ArticleTokens.MissingCanonicalForms(tokens));
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
