namespace Briefing.News.Summaries;

/// <summary>How much summary to produce: a number of points, or about a number of words.</summary>
public sealed record SummaryBudget(int? Points, int? Words)
{
    public static SummaryBudget OfPoints(int points) => new(points, null);

    public static SummaryBudget OfWords(int words) => new(null, words);
}
