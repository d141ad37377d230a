using Briefing.News.Topics;

namespace Briefing.Store.Articles;

/// <summary>A cleaned, classified article on its way into the store.</summary>
/// <param name="Body">Paragraphs separated by blank lines.</param>
/// <param name="Topics">The topics assigned to the article, with score and evidence.</param>
/// <param name="Url">Where a reader finds the article (a feed item's link); null for corpus files.</param>
public sealed record NewArticle(
    string Title,
    string? Outlet,
    DateTimeOffset? Published,
    string SourcePath,
    string Body,
    IReadOnlyList<TopicMatch> Topics,
    string? Url = null);
