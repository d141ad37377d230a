namespace Briefing.Store.Articles;

/// <summary>The outcome of storing one article and the id it has in the store.</summary>
/// <param name="Id">The stored article (for <see cref="ArticleUpsertOutcome.Unchanged"/>, the existing one).</param>
/// <param name="PreviousVersionId">For a new version, the version it replaces.</param>
/// <param name="NearDuplicateOf">For a near-duplicate, the earlier article it repeats.</param>
public sealed record ArticleUpsertResult(ArticleUpsertOutcome Outcome, long Id, long? PreviousVersionId = null, long? NearDuplicateOf = null);
