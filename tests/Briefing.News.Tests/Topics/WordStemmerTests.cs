using Briefing.News.Topics;

namespace Briefing.News.Tests.Topics;

public sealed class WordStemmerTests
{
    [Theory]
    [InlineData("guarantee", "guarantees")]
    [InlineData("guarantee", "guaranteed")]
    [InlineData("guarantee", "guaranteeing")]
    [InlineData("member", "membership")]
    [InlineData("join", "joining")]
    [InlineData("invite", "invited")]
    [InlineData("plan", "planned")]
    [InlineData("ally", "allies")]
    [InlineData("commitment", "commitments")]
    public void Inflected_forms_share_a_stem(string word, string inflected) =>
        Assert.Equal(WordStemmer.Stem(word), WordStemmer.Stem(inflected));

    [Fact]
    public void Members_the_allies_do_not_share_the_stem_of_membership()
    {
        Assert.Equal(WordStemmer.Stem("member"), WordStemmer.Stem("membership"));
        Assert.NotEqual(WordStemmer.Stem("member"), WordStemmer.Stem("members"));
    }

    [Theory]
    [InlineData("nato")]
    [InlineData("process")]
    [InlineData("g7")]
    public void Words_without_a_suffix_stay_as_they_are(string word) => Assert.Equal(word, WordStemmer.Stem(word));
}
