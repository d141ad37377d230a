using Briefing.News.Text;
using Briefing.Store.Search;

namespace Briefing.Store.Articles;

/// <summary>
/// What the store derives from an article's text: its content key, its near-duplicate sketch and its name variants
/// for search. Pure, so a batch is analysed in parallel before the (serial) write transaction.
/// </summary>
internal sealed record ArticleAnalysis(string ContentHash, ShingleSignature Signature, string NameVariants)
{
    public static ArticleAnalysis Of(NewArticle article)
    {
        // The body is tokenised once and the words shared by the sketch and the search variants.
        var bodyWords = WordTokenizer.Words(article.Body).ToList();
        return new ArticleAnalysis(
            Articles.ContentHash.Of(article.Title, article.Body),
            ShingleSignature.Of(bodyWords),
            SearchTerms.NameVariants(article.Title, article.Body, WordTokenizer.Words(article.Title).Concat(bodyWords)));
    }
}
