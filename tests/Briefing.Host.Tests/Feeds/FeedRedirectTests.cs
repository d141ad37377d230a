using Briefing.Host.Tests.Cli;
using Briefing.Host.Tests.Ingestion;

namespace Briefing.Host.Tests.Feeds;

[Collection(CliCollection.Name)]
public sealed class FeedRedirectTests : FeedCliTests
{
    private const string Old = "/copies/1/rss.xml";
    private const string New = "/copies/2/rss.xml";
    private async Task<CliRun> IngestAsync() =>
        await Tests.Cli.Cli.RunAsync("ingest", "--db", Db, "--corpus", Directory.CreateDirectory(Temp.File("corpus")).FullName);

    private async Task<string[]> FeedUrlsAsync(FeedTestHost host) => (await host.Feeds.ListAsync()).Select(f => f.Url).ToArray();

    [Theory]
    [InlineData(301)]
    [InlineData(308)]
    public async Task A_permanent_redirect_moves_the_stored_feed_and_the_next_pull_asks_the_new_address(int status)
    {
        await Tests.Cli.Cli.RunAsync("feeds", "add", Server.Url(Old), "--outlet", "Ledger", "--db", Db);
        var first = await IngestAsync();
        Server.Redirect(Old, status, Server.Url(New));

        var moved = await IngestAsync();
        var after = await IngestAsync();
        var list = await Tests.Cli.Cli.RunAsync("feeds", "list", "--db", Db);

        Assert.Contains("1 feeds: 2 new, 0 unchanged, 0 new versions, 0 near-duplicate, 0 not modified, 0 failed", first.OutputLines);
        // The items seen at the old address are not read again at the new one: no new article, no page fetched twice.
        Assert.Contains("1 feeds: 0 new, 2 unchanged, 0 new versions, 0 near-duplicate, 0 not modified, 0 failed", moved.OutputLines);
        Assert.Contains($"Feed {Server.Url(Old)} moved permanently to {Server.Url(New)}; updated", moved.OutputLines);
        Assert.DoesNotContain(after.OutputLines, l => l.Contains("moved permanently"));
        Assert.Equal(2, Server.CountOf(Old));
        Assert.Equal(2, Server.CountOf(New));
        Assert.Equal(1, Server.CountOf("/pages/grain.html"));
        var row = Assert.Single(list.OutputLines);
        Assert.StartsWith($"{Server.Url(New)}  Ledger; last ", row);
        Assert.Contains("2 items; 0 errors in a row", row);
    }

    [Theory]
    [InlineData(302)]
    [InlineData(303)]
    [InlineData(307)]
    public async Task A_temporary_redirect_is_followed_and_changes_nothing(int status)
    {
        using var host = new FeedTestHost();
        await host.AddAsync(Server.Url(Old));
        Server.Redirect(Old, status, Server.Url(New));

        var first = await host.Ingester.PullAllAsync();
        var second = await host.Ingester.PullAllAsync();

        Assert.Empty(first.Failures);
        Assert.Empty(first.Moves);
        Assert.Empty(second.Moves);
        Assert.Equal([Server.Url(Old)], await FeedUrlsAsync(host));
        Assert.Equal(2, Server.CountOf(Old));
        Assert.Equal(2, (await host.ArticlesAsync()).Count);
    }

    [Fact]
    public async Task A_chain_moves_the_feed_as_far_as_its_last_permanent_hop_before_a_temporary_one()
    {
        using var host = new FeedTestHost();
        await host.AddAsync(Server.Url("/copies/1/rss.xml"));
        Server.Redirect("/copies/1/rss.xml", 301, Server.Url("/copies/2/rss.xml"));
        Server.Redirect("/copies/2/rss.xml", 308, "/copies/3/rss.xml");
        Server.Redirect("/copies/3/rss.xml", 302, Server.Url("/copies/4/rss.xml"));
        // A chain that starts temporary moves nothing, whatever follows.
        await host.AddAsync(Server.Url("/copies/5/rss.xml"));
        Server.Redirect("/copies/5/rss.xml", 307, Server.Url("/copies/6/rss.xml"));
        Server.Redirect("/copies/6/rss.xml", 301, Server.Url("/copies/7/rss.xml"));

        await host.Ingester.PullAllAsync();
        await host.Ingester.PullAllAsync();

        Assert.Equal([Server.Url("/copies/3/rss.xml"), Server.Url("/copies/5/rss.xml")], await FeedUrlsAsync(host));
        Assert.Equal(1, Server.CountOf("/copies/1/rss.xml"));
        Assert.Equal(1, Server.CountOf("/copies/2/rss.xml"));
        Assert.Equal(2, Server.CountOf("/copies/3/rss.xml"));
        Assert.Equal(2, Server.CountOf("/copies/4/rss.xml"));
        Assert.Equal(2, Server.CountOf("/copies/5/rss.xml"));
    }

    [Fact]
    public async Task A_move_to_an_address_already_stored_keeps_that_feed_and_makes_no_duplicate()
    {
        using var host = new FeedTestHost();
        await host.AddAsync(Server.Url(Old), outlet: "Ledger");
        await host.AddAsync(Server.Url(New));
        await host.Ingester.PullAllAsync();
        Server.Redirect(Old, 301, Server.Url(New));

        var moved = await host.Ingester.PullAllAsync();
        await host.Ingester.PullAllAsync();

        Assert.Equal([$"Feed {Server.Url(Old)} moved permanently to {Server.Url(New)}, which is already a stored feed; kept that one and removed {Server.Url(Old)}"], moved.Moves);
        var kept = Assert.Single(await host.Feeds.ListAsync());
        Assert.Equal(Server.Url(New), kept.Url);
        Assert.Equal("Ledger", kept.Outlet);
        // The third pull asks the stored feed alone: once for each pull, once more through the redirect.
        Assert.Equal(2, Server.CountOf(Old));
        Assert.Equal(4, Server.CountOf(New));
        Assert.Equal(2, (await host.ArticlesAsync()).Count);
    }

    [Fact]
    public async Task A_configured_feed_that_moved_is_not_added_back_under_its_old_address()
    {
        using var host = new FeedTestHost(new Dictionary<string, string?> { ["Feeds:Sources:0:Url"] = Server.Url(Old) });
        await host.Ingester.PullAllAsync();
        Server.Redirect(Old, 301, Server.Url(New));

        await host.Ingester.PullAllAsync();
        await host.Ingester.PullAllAsync();

        Assert.Equal([Server.Url(New)], await FeedUrlsAsync(host));
        Assert.Equal(2, Server.CountOf(Old));
    }

    [Fact]
    public async Task A_redirect_to_an_address_that_fails_leaves_the_feed_where_it_was()
    {
        using var host = new FeedTestHost();
        await host.AddAsync(Server.Url(Old));
        Server.Redirect(Old, 301, Server.Url("/broken.xml"));
        Server.Redirect("/copies/9/rss.xml", 301, Server.Url("/copies/9/rss.xml"));
        await host.AddAsync(Server.Url("/copies/9/rss.xml"));

        var report = await host.Ingester.PullAllAsync();

        Assert.Equal([Server.Url("/copies/1/rss.xml"), Server.Url("/copies/9/rss.xml")], await FeedUrlsAsync(host));
        Assert.Empty(report.Moves);
        Assert.Equal(
        [
            $"feed {Server.Url(Old)}: malformed XML (line 2, position 82)",
            $"feed {Server.Url("/copies/9/rss.xml")}: more than 5 redirects (the last to {Server.Url("/copies/9/rss.xml")})",
        ], report.Failures);
    }
}
