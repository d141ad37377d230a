namespace Briefing.News.Summaries;

/// <summary>Why a sentence cannot stand alone as a point (None when it can).</summary>
public enum SentenceRejection
{
    None,
    Fragment,
    Question,
    QuoteOnly,
    Caption,
    Furniture,
    LeansOnContext,
}
