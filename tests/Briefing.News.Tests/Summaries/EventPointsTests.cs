using Briefing.News.Summaries;

namespace Briefing.News.Tests.Summaries;

/// <summary>One bullet per event across documents, and newer developments first.</summary>
public sealed class EventPointsTests
{
    private static readonly DateTimeOffset June = new(2024, 6, 14, 9, 0, 0, TimeSpan.Zero);

    private static SummaryDocument Doc(long id, string outlet, DateTimeOffset? published, params string[] paragraphs) =>
        new(id, $"{outlet} report {id}", outlet, published, null, paragraphs);

    // Three outlets tell the same signing in their own words within a week; other news fills the rest of each article.
    private static readonly SummaryDocument[] SigningWeek =
    [
        Doc(1, "Wire", June,
            "Norway and Ukraine signed a ten-year security agreement in Oslo on Thursday, committing Norwegian air defence training.",
            "Fishermen in the northern ports protested against new quotas for cod outside the parliament building."),
        Doc(2, "Daily", June.AddDays(2),
            "The ten-year security agreement that Norway signed with Ukraine promises training for air defence crews, its prime minister said.",
            "Railway workers across the country ended their strike after the union accepted a new wage offer."),
        Doc(3, "Herald", June.AddDays(5),
            "Under the agreement Norway signed with Ukraine last week, Norwegian instructors will train Ukrainian air defence crews for ten years.",
            "A heatwave pushed temperatures in the capital above thirty degrees for the first time since records began."),
    ];

    [Fact]
    public void Retellings_of_one_event_become_one_point_credited_to_every_source()
    {
        var points = new Summarizer().Summarize(SigningWeek, SummaryBudget.OfPoints(4));

        var signing = points.Where(p => p.Text.Contains("agreement", StringComparison.Ordinal)).ToList();
        Assert.Single(signing);
        Assert.Equal(["Daily", "Herald", "Wire"], signing[0].Sources.Select(s => s.Outlet!).Order());
    }

    [Fact]
    public void The_slots_a_repeated_event_frees_go_to_other_events()
    {
        var points = new Summarizer().Summarize(SigningWeek, SummaryBudget.OfPoints(4));

        Assert.Equal(4, points.Count);
        Assert.Equal(3, points.Count(p => !p.Text.Contains("agreement", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_same_kind_of_event_a_year_apart_is_two_points()
    {
        var documents = new[]
        {
            Doc(1, "Wire", June,
                "Norway and Ukraine signed a ten-year security agreement in Oslo on Thursday, committing Norwegian air defence training."),
            Doc(2, "Daily", June.AddYears(1),
                "The ten-year security agreement that Norway signed with Ukraine promises training for air defence crews, its prime minister said."),
        };

        var points = new Summarizer().Summarize(documents, SummaryBudget.OfPoints(4));

        Assert.Equal(2, points.Count);
        Assert.All(points, p => Assert.Single(p.Sources));
    }

    [Fact]
    public void The_same_act_by_different_countries_the_same_week_is_two_points()
    {
        var documents = new[]
        {
            Doc(1, "Wire", June,
                "Germany pledged three more air defence systems for Ukraine at the meeting of defence ministers in Brussels."),
            Doc(2, "Daily", June.AddDays(1),
                "France pledged two more air defence systems for Ukraine after the meeting of defence ministers in Brussels."),
        };

        var points = new Summarizer().Summarize(documents, SummaryBudget.OfPoints(4));

        Assert.Equal(2, points.Count);
        Assert.All(points, p => Assert.Single(p.Sources));
    }

    [Fact]
    public void A_newer_development_ranks_above_an_older_one_of_similar_weight()
    {
        // The older article comes first in the window, so order alone would favour it.
        var documents = new[]
        {
            Doc(1, "Wire", June,
                "Poland delivered a second battery of air defence systems to the western city of Lviv on Monday."),
            Doc(2, "Daily", June.AddDays(20),
                "Romania delivered a first squadron of fighter jets to the southern air base of Odesa on Friday."),
        };

        var points = new Summarizer().Summarize(documents, SummaryBudget.OfPoints(2));

        Assert.Equal([2L, 1L], points.Select(p => p.Sources[0].ArticleId));
    }
}
