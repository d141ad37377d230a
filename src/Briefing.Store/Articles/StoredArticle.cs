using Briefing.News.Topics;

namespace Briefing.Store.Articles;

/// <summary>An article as stored: its increasing id, content, assigned topics and provenance.</summary>
/// <param name="Body">Paragraphs separated by blank lines.</param>
/// <param name="Topics">Assigned topics with score and evidence, highest score first.</param>
/// <param name="Url">Where a reader finds the article (a feed item's link); null for corpus files.</param>
/// <param name="NearDuplicateOf">The earlier article this one repeats (same story, another outlet), if any.</param>
public sealed record StoredArticle(
    long Id,
    string Title,
    string? Outlet,
    DateTimeOffset? Published,
    string SourcePath,
    string Body,
    IReadOnlyList<TopicMatch> Topics,
    DateTimeOffset IngestedAt,
    long? NearDuplicateOf,
    string? Url);
