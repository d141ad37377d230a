using Briefing.Host.Feeds;

namespace Briefing.Host.Tests.Feeds;

public sealed class FeedsOptionsValidatorTests
{
    [Fact]
    public void Every_bad_setting_is_named_with_how_to_fix_it()
    {
        var options = new FeedsOptions
        {
            Sources = [new FeedSource { Url = "https://ok.example/feed.xml" }, new FeedSource { Url = "feeds.example/rss" }],
            PollMinutes = 0,
            MaxResponseBytes = -1,
            Concurrency = 0,
        };

        var result = new FeedsOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Equal(
        [
            "Feeds:Sources:1:Url \"feeds.example/rss\" is not an absolute http(s) URL: give the feed's full address, e.g. https://example.com/feed.xml.",
            "Feeds:PollMinutes is 0: set the minutes between pulls, e.g. 15.",
            "Feeds:MaxResponseBytes is -1: set a positive size in bytes, e.g. 5242880 (5 MB).",
            "Feeds:Concurrency is 0: set at least 1, e.g. 4.",
        ], result.Failures);
    }

    [Fact]
    public void The_defaults_are_valid() => Assert.True(new FeedsOptionsValidator().Validate(null, new FeedsOptions()).Succeeded);
}
