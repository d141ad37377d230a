using Briefing.News.Text;

namespace Briefing.News.Tests.Text;

public sealed class SentenceSplitterTests
{
    [Theory]
    [InlineData("Mr. Smith met Gen. Syrskyi and Dr. Brown in St. Petersburg. They talked.",
        "Mr. Smith met Gen. Syrskyi and Dr. Brown in St. Petersburg.|They talked.")]
    [InlineData("The U.S. and the U.N. agreed. The talks ended.", "The U.S. and the U.N. agreed.|The talks ended.")]
    [InlineData("He spoke in the U.S. The talks ended.", "He spoke in the U.S.|The talks ended.")]
    [InlineData("U.S. President Joe Biden spoke to U.N. Secretary-General Guterres.", "U.S. President Joe Biden spoke to U.N. Secretary-General Guterres.")]
    [InlineData("Donald J. Trump won. Biden lost.", "Donald J. Trump won.|Biden lost.")]
    [InlineData("Growth was 3.5 percent. It slowed.", "Growth was 3.5 percent.|It slowed.")]
    [InlineData("The meeting is on Jan. 5 in Brussels. No. 10 said nothing.", "The meeting is on Jan. 5 in Brussels.|No. 10 said nothing.")]
    [InlineData("Resolution No. 2202 was adopted. It failed.", "Resolution No. 2202 was adopted.|It failed.")]
    [InlineData("He said: \"We will win.\" Then he left.", "He said: \"We will win.\"|Then he left.")]
    [InlineData("It was re-branded as a ‘victory plan.’ He plans to reveal it.", "It was re-branded as a ‘victory plan.’|He plans to reveal it.")]
    [InlineData("“Why?” he asked. Nobody answered.", "“Why?” he asked.|Nobody answered.")]
    [InlineData("Wait... What happened? Nobody knows!", "Wait...|What happened?|Nobody knows!")]
    [InlineData("It amounted to 221.05... and more", "It amounted to 221.05... and more")]
    [InlineData("They met at 5 p.m. Then they left.", "They met at 5 p.m.|Then they left.")]
    [InlineData("Allies, e.g. France, agreed.", "Allies, e.g. France, agreed.")]
    [InlineData("The U.S.-led bloc met. It agreed.", "The U.S.-led bloc met.|It agreed.")]
    [InlineData("Victory plan\nZelensky presented it to NATO.", "Victory plan|Zelensky presented it to NATO.")]
    [InlineData("First paragraph without a stop\n\nSecond paragraph.", "First paragraph without a stop|Second paragraph.")]
    [InlineData("A sentence wrapped over\nlines stays whole.", "A sentence wrapped over\nlines stays whole.")]
    [InlineData("(He left.) She stayed.", "(He left.)|She stayed.")]
    [InlineData("Winds reached 75 mph. ``There is no need for alarm,'' he said.", "Winds reached 75 mph.|``There is no need for alarm,'' he said.")]
    [InlineData("It hit Oregon Inlet, N.C. By late afternoon it had weakened.", "It hit Oregon Inlet, N.C.|By late afternoon it had weakened.")]
    public void Text_splits_into_the_sentences_a_reader_sees(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), SentenceSplitter.Split(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n \n ")]
    public void Empty_text_has_no_sentences(string text)
    {
        Assert.Empty(SentenceSplitter.Split(text));
    }
}
