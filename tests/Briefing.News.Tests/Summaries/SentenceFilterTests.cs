using Briefing.News.Summaries;

namespace Briefing.News.Tests.Summaries;

public sealed class SentenceFilterTests
{
    [Theory]
    [InlineData("The alliance agreed on Thursday to open accession talks with Ukraine next year.", SentenceRejection.None)]
    [InlineData("Will the alliance finally invite Ukraine to join before the summit ends?", SentenceRejection.Question)]
    [InlineData("Zelensky arrives in Brussels", SentenceRejection.Fragment)]
    [InlineData("Talks resumed.", SentenceRejection.Fragment)]
    [InlineData("Zelensky Shifts Focus to Security Guarantees, Rethinking Negotiations for Peace with Russia.", SentenceRejection.Fragment)]
    [InlineData("Photo: Zelensky speaks to reporters at the summit in Brussels on Thursday.", SentenceRejection.Caption)]
    [InlineData("The president greets troops near the front line (Getty Images).", SentenceRejection.Caption)]
    [InlineData("\"We will not give up a single inch of our land to the invaders.\"", SentenceRejection.QuoteOnly)]
    [InlineData("However, the plan was received coolly by several European capitals.", SentenceRejection.LeansOnContext)]
    [InlineData("He also said the plan would be presented to Congress next week.", SentenceRejection.LeansOnContext)]
    [InlineData("This was seen in Kyiv as a sign that Washington is losing patience.", SentenceRejection.LeansOnContext)]
    [InlineData("At the same time, the allies are preparing a new package of air defence systems.", SentenceRejection.LeansOnContext)]
    [InlineData("If you notice an error, select the required text and press Ctrl + Enter to report it to the editors.", SentenceRejection.Furniture)]
    [InlineData("Subscribe to our newsletter to get the latest news from Ukraine every morning.", SentenceRejection.Furniture)]
    public void A_sentence_is_kept_only_when_it_stands_alone(string sentence, SentenceRejection expected) =>
        Assert.Equal(expected, SentenceFilter.Check(sentence));

    [Fact]
    public void A_quotation_with_its_speaker_named_is_kept()
    {
        var sentence = "\"We invite our partners to define how they see the end of this war,\" Zelensky said on Monday.";
        Assert.Equal(SentenceRejection.None, SentenceFilter.Check(sentence));
    }
}
