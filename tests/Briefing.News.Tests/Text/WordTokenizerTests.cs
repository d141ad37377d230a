using Briefing.News.Text;

namespace Briefing.News.Tests.Text;

public sealed class WordTokenizerTests
{
    [Fact]
    public void Transliteration_variants_of_a_name_become_one_word()
    {
        var words = WordTokenizer.Words("Zelenskyy met Zelensky's aides in Kiev").ToList();
        Assert.Equal(["zelensky", "met", "zelensky", "aides", "in", "kyiv"], words);
    }

    [Fact]
    public void Curly_possessives_are_dropped_and_curly_apostrophes_inside_words_become_straight()
    {
        var words = WordTokenizer.Words("Zelenskiy’s plan won’t satisfy Kyiv’s allies, Andriy Yermack’s office said").ToList();

        Assert.Equal(["zelensky", "plan", "won't", "satisfy", "kyiv", "allies", "andrii", "yermak", "office", "said"], words);
    }

    [Fact]
    public void Punctuation_quotes_and_numbers_separate_words()
    {
        var words = WordTokenizer.Words("“Victory plan,” 32 NATO-members — 'security guarantees'...").ToList();

        Assert.Equal(["victory", "plan", "32", "nato", "members", "security", "guarantees"], words);
    }

    [Fact]
    public void Long_words_and_empty_text_are_handled()
    {
        var longWord = new string('a', 200);

        Assert.Equal([longWord], WordTokenizer.Words(longWord));
        Assert.Empty(WordTokenizer.Words(""));
        Assert.Empty(WordTokenizer.Words(" ,.— "));
    }
}
