namespace Briefing.News.Corpus;

/// <summary>What one line of a page is, as far as the article body is concerned.</summary>
internal enum LineKind
{
    /// <summary>Article text (or a headline/standfirst candidate).</summary>
    Content,

    /// <summary>Page furniture dropped on its own: widgets, ads, promos, credits, counters, notices, chrome.</summary>
    Furniture,

    /// <summary>A bare "Read more"-style marker: it and the teaser block after it are dropped.</summary>
    TeaserMarker,

    /// <summary>A list header or comment section ("Related News", "You May Also Like", "Click to comment"): the article ends here.</summary>
    EndOfArticle,
}
