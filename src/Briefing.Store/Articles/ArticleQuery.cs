namespace Briefing.Store.Articles;

/// <summary>Which current articles to list (superseded versions are never listed).</summary>
/// <param name="TopicSlugs">Only articles carrying at least one of these topics; null for all.</param>
/// <param name="AfterId">Only articles with a greater id (ids only grow, so this means "newer than").</param>
/// <param name="PublishedSince">Only articles published at or after this time (articles without a date are left out).</param>
/// <param name="NewestFirst">Order by id descending instead of ascending.</param>
public sealed record ArticleQuery(
    IReadOnlyCollection<string>? TopicSlugs = null,
    long AfterId = 0,
    DateTimeOffset? PublishedSince = null,
    int Limit = 1000,
    bool NewestFirst = false);
