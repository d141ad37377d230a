using Briefing.News.Summaries;

namespace Briefing.News.Tests.Summaries;

public sealed class SummarizerTests
{
    private static SummaryDocument Doc(long id, string outlet, params string[] paragraphs) =>
        new(id, $"{outlet} headline {id}", outlet, null, null, paragraphs);

    private static readonly SummaryDocument[] Storm =
    [
        Doc(1, "Wire",
            "Hurricane Gilbert struck the coast of Jamaica on Monday with winds of 120 miles per hour.",
            "Thousands of residents fled to shelters across the island as the storm approached.",
            "The island's airports were closed and power was cut to most of the capital."),
        Doc(2, "Daily",
            "Hurricane Gilbert hit Jamaica on Monday with winds of about 120 miles per hour, officials said.",
            "Officials said crops of bananas and coffee were badly damaged across the island.",
            "Forecasters expect the storm to reach the Yucatan peninsula of Mexico by Wednesday."),
        Doc(3, "Herald",
            "Forecasters in Miami said the hurricane would reach Mexico's Yucatan peninsula by Wednesday.",
            "Relief agencies began flying food and medicine to Jamaica on Tuesday.",
            "Banana and coffee crops on the island suffered heavy damage from the winds."),
    ];

    [Fact]
    public void The_same_input_gives_the_same_points()
    {
        var first = new Summarizer().Summarize(Storm, SummaryBudget.OfPoints(4));
        var second = new Summarizer().Summarize(Storm.ToArray(), SummaryBudget.OfPoints(4));
        Assert.Equal(first.Select(p => (p.Text, string.Join(",", p.Sources.Select(s => s.ArticleId)))),
                     second.Select(p => (p.Text, string.Join(",", p.Sources.Select(s => s.ArticleId)))));
    }

    [Fact]
    public void A_point_several_outlets_make_is_chosen_once_and_names_all_of_them()
    {
        var points = new Summarizer().Summarize(Storm, SummaryBudget.OfPoints(4));

        var landfall = points.Where(p => p.Text.Contains("120 miles per hour")).ToList();
        Assert.Single(landfall);
        Assert.Equal(["Daily", "Wire"], landfall[0].Sources.Select(s => s.Outlet!).Order());
    }

    [Fact]
    public void No_two_points_say_the_same_thing()
    {
        var points = new Summarizer().Summarize(Storm, SummaryBudget.OfPoints(6));

        Assert.True(points.Count >= 3);
        Assert.Single(points, p => p.Text.Contains("Yucatan"));
        Assert.True(points.Count(p => p.Text.Contains("coffee")) <= 1);
    }

    [Fact]
    public void A_reprinted_story_counts_once_but_credits_every_outlet_that_carried_it()
    {
        var story = new[]
        {
            "Ukraine presented its victory plan to the European Council in Brussels on Thursday morning.",
            "The plan asks for an invitation to join NATO and for permission to strike targets inside Russia.",
            "European leaders said they would study the proposals before the next summit in December.",
        };
        var documents = new[]
        {
            Doc(1, "Agency", story),
            Doc(2, "Reprint", [.. story, "Our correspondent in Brussels contributed to this report about the council."]),
            Doc(3, "Other", "Germany announced a new air defence package worth 600 million euros for Ukraine.",
                "The package includes IRIS-T systems and ammunition to be delivered before the winter."),
        };

        var points = new Summarizer().Summarize(documents, SummaryBudget.OfPoints(3));

        var fromStory = points.Where(p => p.Sources.Any(s => s.ArticleId is 1 or 2)).ToList();
        Assert.All(fromStory, p => Assert.Equal([1L, 2L], p.Sources.Select(s => s.ArticleId).Order()));
        Assert.Contains(points, p => p.Sources.Any(s => s.ArticleId == 3));
    }

    [Fact]
    public void Sentences_the_relevance_function_scores_zero_are_left_out()
    {
        var points = new Summarizer().Summarize(Storm, SummaryBudget.OfPoints(5),
            sentence => sentence.Contains("crops", StringComparison.OrdinalIgnoreCase) ? 1 : 0);

        Assert.NotEmpty(points);
        Assert.All(points, p => Assert.Contains("crops", p.Text, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Questions_fragments_and_sentences_leaning_on_the_previous_one_are_never_points()
    {
        var documents = new[]
        {
            Doc(1, "Wire",
                "Read more",
                "The parliament approved the new budget for defence spending on Tuesday evening.",
                "However, the opposition said the budget ignored the needs of the regions.",
                "What happens to the regions now that the budget has passed the parliament?",
                "Defence budget approved"),
        };

        var points = new Summarizer().Summarize(documents, SummaryBudget.OfPoints(5));

        Assert.Equal(["The parliament approved the new budget for defence spending on Tuesday evening."], points.Select(p => p.Text));
    }

    [Fact]
    public void A_word_budget_stops_at_about_that_many_words()
    {
        var points = new Summarizer().Summarize(Storm, SummaryBudget.OfWords(20));

        var words = points.Sum(p => p.Text.Split(' ').Length);
        Assert.InRange(words, 20, 20 + 20);
        Assert.True(points.Count < 3);
    }

    [Fact]
    public void Nothing_to_summarise_gives_no_points()
    {
        Assert.Empty(new Summarizer().Summarize([], SummaryBudget.OfPoints(3)));
        Assert.Empty(new Summarizer().Summarize([Doc(1, "Wire")], SummaryBudget.OfPoints(3)));
    }
}
