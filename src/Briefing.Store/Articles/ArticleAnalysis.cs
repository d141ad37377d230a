namespace Briefing.Store.Articles;

/// <summary>
/// What the store derives from an article's text: its content key, its near-duplicate sketch and its name variants
/// for search. Pure, so a batch is analysed in parallel before the (serial) write transaction.
/// </summary>
internal sealed record ArticleAnalysis(string ContentHash, ShingleSignature Signature, string NameVariants)
{
    public static ArticleAnalysis Of(NewArticle article)
    {
        var tokens = new HashSet<string>(StringComparer.Ordinal);
        var bodyWords = new List<ulong>(1024);
        ArticleTokens.Scan(article.Title, tokens, wordHashes: null);
        ArticleTokens.Scan(article.Body, tokens, bodyWords);
        return new ArticleAnalysis(
            Articles.ContentHash.Of(article.Title, article.Body),
            ShingleSignature.Of(bodyWords),
            string.Join(' ', ArticleTokens.MissingCanonicalForms(tokens)));
    }
}
