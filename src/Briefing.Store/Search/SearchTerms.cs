using System.Text;
using Briefing.News.Text;
using Briefing.Store.Articles;

namespace Briefing.Store.Search;

/// <summary>
/// Bridges the full-text indexes (FTS5, PostgreSQL's tsvector) and <see cref="WordTokenizer"/>'s name normalisation:
/// what an article adds to the index so that name variants match, and how a user's query becomes safe search terms.
/// </summary>
public static class SearchTerms
{
    /// <summary>
    /// The canonical forms of name variants in the text that the index's tokenizer does not already hold
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
    public static string MatchExpression(string query) =>
        string.Join(" AND ", Words(query).Select(spellings => spellings.Count == 1
            ? Quote(spellings[0])
            : "(" + string.Join(" OR ", spellings.Select(Quote)) + ")"));

    /// <summary>
    /// The query's words, each as the spellings any of which may match: the normalised form, and the typed one when it
    /// differs (so that snippets highlight it where the text uses that spelling). An article must match every word.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> Words(string query)
    {
        var words = new List<IReadOnlyList<string>>();
        foreach (var raw in QueryWords(query))
        {
            var normalised = WordTokenizer.Words(raw).FirstOrDefault();
            if (normalised is null) continue;
            words.Add(normalised == raw ? [normalised] : [normalised, raw]);
        }
        return words;
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
