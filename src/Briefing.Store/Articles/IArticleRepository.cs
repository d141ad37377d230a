namespace Briefing.Store.Articles;

/// <summary>Stores articles keyed by their cleaned text, with versions and near-duplicate links, and lists them.</summary>
public interface IArticleRepository
{
    Task<ArticleUpsertResult> UpsertAsync(NewArticle article, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores many articles in one transaction; results are in input order. Calls are written in the order they are
    /// made, so a caller may start the next batch before the previous one is stored.
    /// </summary>
    Task<IReadOnlyList<ArticleUpsertResult>> UpsertManyAsync(IReadOnlyList<NewArticle> articles, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<StoredArticle>> ListAsync(ArticleQuery query, CancellationToken cancellationToken = default);

    Task<StoredArticle?> GetAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>The highest article id so far, 0 when there is none.</summary>
    Task<long> GetMaxIdAsync(CancellationToken cancellationToken = default);

    /// <summary>How many current articles (latest versions) there are.</summary>
    Task<int> CountAsync(CancellationToken cancellationToken = default);
}
