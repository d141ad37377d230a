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
}
