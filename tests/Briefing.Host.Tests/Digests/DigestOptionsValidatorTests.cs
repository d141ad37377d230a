using Briefing.Host.Digests;

namespace Briefing.Host.Tests.Digests;

public sealed class DigestOptionsValidatorTests
{
    [Fact]
    public void The_defaults_are_valid()
    {
        Assert.True(new DigestOptionsValidator().Validate(null, new DigestOptions()).Succeeded);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(1_000_000)]
    public void An_article_cap_out_of_range_is_named_with_how_to_fix_it(int cap)
    {
        var result = new DigestOptionsValidator().Validate(null, new DigestOptions { MaxArticlesPerTopic = cap });

        Assert.True(result.Failed);
        Assert.Contains("Digests:MaxArticlesPerTopic", result.FailureMessage);
        Assert.Contains("between 1 and", result.FailureMessage);
    }
}
