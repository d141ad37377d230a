namespace Briefing.Store.Articles;

/// <summary>What storing an article did.</summary>
public enum ArticleUpsertOutcome
{
    /// <summary>A new article.</summary>
    New,
    /// <summary>The same cleaned text was already stored; nothing was added.</summary>
    Unchanged,
    /// <summary>The source file changed: stored as a new version, the old one kept and linked.</summary>
    NewVersion,
    /// <summary>A new article that repeats a recent one (the same story from another outlet).</summary>
    NearDuplicate,
}
