using Briefing.News.Topics;
using Briefing.Store.Articles;
using Briefing.Store.Database;

namespace Briefing.Telegram.Tests.EndToEnd;

/// <summary>/search and /latest through the emulator, over articles stored in the bot's SQLite file.</summary>
public sealed class ReadingConversationTests(TelegramEmulator emulator) : IClassFixture<TelegramEmulator>, IAsyncLifetime
{
    private readonly BotUnderTest bot = new(emulator);

    public async Task InitializeAsync()
    {
        var articles = new SqliteArticleRepository(new SqliteDatabase(bot.DatabasePath), TimeProvider.System);
        await articles.UpsertAsync(new NewArticle("Allies weigh <NATO> invitation", "Kyiv Independent", new DateTimeOffset(2024, 10, 16, 9, 0, 0, TimeSpan.Zero),
            "a.txt", "Several allies discussed the NATO invitation for Ukraine at the summit.\n\nOthers asked for more time.", [new TopicMatch("nato-accession", 4, ["NATO membership"])],
            Url: "https://kyiv.example/news/nato?id=1&lang=en"));
        await articles.UpsertAsync(new NewArticle("Victory plan presented to parliament", "Ukrainska Pravda", new DateTimeOffset(2024, 10, 17, 9, 0, 0, TimeSpan.Zero),
            "b.txt", "The president presented the victory plan in parliament.", [new TopicMatch("victory-plan", 4, ["victory plan"])]));
        await bot.StartAsync();
    }

    public Task DisposeAsync() => bot.DisposeAsync().AsTask();

    [Fact]
    public async Task Search_shows_the_hits_with_outlet_date_and_escaped_text()
    {
        var user = bot.User(4001);
        await user.SendAsync("/search invitation");
        var reply = (await user.ReplyAsync()).Text;
        Assert.Contains("<b>Search: invitation</b>", reply);
        Assert.Contains("<b><a href=\"https://kyiv.example/news/nato?id=1&amp;lang=en\">Allies weigh &lt;NATO&gt; invitation</a></b> — Kyiv Independent, 2024-10-16", reply);
        Assert.Contains("<b>invitation</b>", reply);
        Assert.DoesNotContain("Victory plan presented", reply);

        await user.SendAsync("/search zeppelin");
        Assert.Contains("Nothing found for “zeppelin”", (await user.ReplyAsync()).Text);
    }

    [Fact]
    public async Task Digest_brings_what_is_new_on_the_chats_topics_until_a_scheduled_digest_moves_the_watermark()
    {
        var user = bot.User(4003);
        await user.SendAsync("/digest");
        Assert.Contains("You follow no topics yet", (await user.ReplyAsync()).Text);
        await user.SendAsync("/digest nato");
        Assert.Contains("Did you mean <b>NATO accession</b>", (await user.ReplyAsync()).Text);

        await user.SendAsync("/subscribe nato-accession");
        await user.ReplyAsync();
        await user.SendAsync("/digest");
        var digest = (await user.ReplyAsync()).Text;
        Assert.Contains("NATO accession", digest);
        Assert.Contains("invitation", digest);
        Assert.Contains("<a href=\"https://kyiv.example/news/nato?id=1&amp;lang=en\">Kyiv Independent</a>", digest);
        Assert.DoesNotContain("victory plan in parliament", digest);

        // On demand does not move the watermark: asking again brings the same.
        await user.SendAsync("/digest");
        Assert.Equal(digest, (await user.ReplyAsync()).Text);
        Assert.Equal(0, (await bot.Subscribers.GetAsync(new(4003, 0)))!.Watermark);

        // Once a scheduled digest has delivered everything, there is nothing new.
        var articles = new SqliteArticleRepository(new SqliteDatabase(bot.DatabasePath), TimeProvider.System);
        await bot.Subscribers.AdvanceWatermarkAsync(new(4003, 0), await articles.GetMaxIdAsync(), DateTimeOffset.UtcNow);
        await user.SendAsync("/digest");
        Assert.Equal("Nothing new since your last digest. /latest shows the newest articles.", (await user.ReplyAsync()).Text);
    }

    [Fact]
    public async Task Latest_shows_the_newest_articles_of_the_chats_topics()
    {
        var user = bot.User(4002);
        await user.SendAsync("/latest");
        var all = (await user.ReplyAsync()).Text;
        Assert.Contains("(all topics", all);
        Assert.True(all.IndexOf("Victory plan presented", StringComparison.Ordinal) < all.IndexOf("Allies weigh", StringComparison.Ordinal));

        await user.SendAsync("/subscribe nato-accession");
        await user.ReplyAsync();
        await user.SendAsync("/latest 1");
        var mine = (await user.ReplyAsync()).Text;
        Assert.Contains("<b>Latest on your topics</b>", mine);
        Assert.Contains("Allies weigh &lt;NATO&gt; invitation", mine);
        Assert.DoesNotContain("Victory plan presented", mine);
    }
}
