using Briefing.News.Topics;
using Briefing.Telegram.Commands;

namespace Briefing.Telegram.Tests.Commands;

public sealed class ArgumentParsingTests
{
    private static readonly TopicLookup Topics = new(
    [
        new TopicDefinition("victory-plan", "Victory plan", "", [], 2),
        new TopicDefinition("nato-accession", "NATO accession", "", [], 2),
        new TopicDefinition("security-guarantees", "Security guarantees", "", [], 2),
    ]);

    [Theory]
    [InlineData("nato-accession")]
    [InlineData("NATO-Accession")]
    [InlineData("NATO accession")]
    public void A_topic_is_found_by_slug_or_title_in_any_case(string input) => Assert.Equal("nato-accession", Topics.Find(input)?.Slug);

    [Theory]
    [InlineData("nato", "nato-accession")]
    [InlineData("victory-plans", "victory-plan")]
    [InlineData("guarantees", "security-guarantees")]
    [InlineData("securty-guarantes", "security-guarantees")]
    public void An_unknown_topic_suggests_the_nearest(string input, string expected)
    {
        Assert.Null(Topics.Find(input));
        Assert.Equal(expected, Topics.Nearest(input)?.Slug);
    }

    [Theory]
    [InlineData("08:00", 8, 0)]
    [InlineData("8:05", 8, 5)]
    [InlineData("23:59", 23, 59)]
    [InlineData("00:00", 0, 0)]
    public void Valid_times_parse(string text, int hour, int minute)
    {
        Assert.True(DeliveryTimeParser.TryParse(text, out var time));
        Assert.Equal(new TimeOnly(hour, minute), time);
    }

    [Theory]
    [InlineData("25:00")]
    [InlineData("12:60")]
    [InlineData("8")]
    [InlineData("8am")]
    [InlineData("")]
    public void Invalid_times_do_not_parse(string text) => Assert.False(DeliveryTimeParser.TryParse(text, out _));

    [Fact]
    public void Filter_words_split_into_kept_and_dropped_in_lower_case()
    {
        Assert.True(FilterArguments.TryParse(["+Biden", "-Trump", "+summit"], out var filter, out _));
        Assert.Equal(["biden", "summit"], filter.Keep);
        Assert.Equal(["trump"], filter.Drop);
    }

    [Theory]
    [InlineData("biden")]
    [InlineData("+")]
    public void A_filter_word_without_a_sign_is_explained(string word)
    {
        Assert.False(FilterArguments.TryParse([word], out _, out var error));
        Assert.Contains(word, error);
    }

    [Fact]
    public void Edit_distance_counts_single_character_edits()
    {
        Assert.Equal(0, EditDistance.Between("nato", "NATO"));
        Assert.Equal(1, EditDistance.Between("nato", "nat"));
        Assert.Equal(3, EditDistance.Between("kitten", "sitting"));
    }
}
