using Briefing.News.Text;

namespace Briefing.News.Tests.Text;

public sealed class NameNormalizerTests
{
    [Theory]
    [InlineData("zelensky", "zelenskyy", "zelenskiy", "zelenskyi", "zelenskij", "zelenski")]
    [InlineData("kiev", "kyiv")]
    [InlineData("volodymyr", "vladimir", "volodimir")]
    [InlineData("andrii", "andrey", "andriy")]
    [InlineData("yermak", "yermack")]
    [InlineData("kharkiv", "kharkov")]
    [InlineData("odesa", "odessa")]
    [InlineData("dnipro", "dnepr")]
    [InlineData("luhansk", "lugansk")]
    [InlineData("donbas", "donbass")]
    [InlineData("mykolaiv", "nikolaev")]
    [InlineData("lviv", "lvov")]
    public void Transliteration_variants_normalise_to_one_word(params string[] variants)
    {
        var forms = variants.Select(NameNormalizer.NormalizeWord).Distinct().ToList();

        Assert.Single(forms);
    }

    [Theory]
    [InlineData("putin")]
    [InlineData("nato")]
    [InlineData("zelenska")]
    public void Other_words_are_left_as_they_are(string word)
    {
        Assert.Equal(word, NameNormalizer.NormalizeWord(word));
    }
}
