namespace Briefing.Store.Tests.Articles;

/// <summary>Made-up article bodies for store tests.</summary>
internal static class ArticleText
{
    public const string Story = """
        Ukrainian President Volodymyr Zelensky presented his victory plan to the parliament in Kyiv on Wednesday, asking allies for long-range weapons and an invitation to join the alliance.

        The plan has five points and three secret annexes, according to officials who have seen it. Lawmakers applauded as the president described the military, economic and diplomatic steps.

        Western capitals reacted cautiously. Several governments said they would study the document before committing to any of its requests, while others repeated their support for Ukraine.

        Analysts said the timing, weeks before the American election, was meant to secure commitments that would survive a change of administration in Washington.
        """;

    /// <summary>The same story as another outlet carries it: its own first and last lines, the rest copied.</summary>
    public const string SameStoryOtherOutlet = """
        Zelensky on Wednesday unveiled the victory plan before lawmakers.

        The plan has five points and three secret annexes, according to officials who have seen it. Lawmakers applauded as the president described the military, economic and diplomatic steps.

        Western capitals reacted cautiously. Several governments said they would study the document before committing to any of its requests, while others repeated their support for Ukraine.

        Analysts said the timing, weeks before the American election, was meant to secure commitments that would survive a change of administration in Washington.

        Read our live coverage for more.
        """;

    public const string UnrelatedStory = """
        Farmers in the south of the country began the grape harvest early this year after an unusually hot summer dried the vineyards.

        Growers said yields were lower but the quality of the fruit was excellent, and several cooperatives expect prices to rise by the end of the season.
        """;
}
