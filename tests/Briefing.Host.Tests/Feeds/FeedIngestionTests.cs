using Briefing.Host.Tests.Cli;

namespace Briefing.Host.Tests.Feeds;

[Collection(CliCollection.Name)]
public sealed class FeedIngestionTests : IAsyncLifetime
{
    private FeedFixtureServer server = null!;
    private readonly FeedTestHost host = new();

    public async Task InitializeAsync() => server = await FeedFixtureServer.StartAsync();

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        host.Dispose();
    }

    [Fact]
    public async Task Rss_rdf_atom_and_json_feeds_become_articles_with_their_link_outlet_and_date()
    {
        await host.AddAsync(server.Url("/rss.xml"));
        await host.AddAsync(server.Url("/rdf.xml"));
        await host.AddAsync(server.Url("/atom.xml"), outlet: "ERR News");
        await host.AddAsync(server.Url("/feed.json"));

        var report = await host.Ingester.PullAllAsync();

        Assert.Empty(report.Failures);
        var articles = (await host.ArticlesAsync()).ToDictionary(a => a.Title);
        Assert.Equal(5, articles.Count);

        var nato = articles["Allies weigh a timetable for Ukraine's NATO membership"];
        Assert.Equal("Kyiv Ledger", nato.Outlet);
        Assert.Equal(server.Url("/pages/timetable.html"), nato.Url);
        Assert.Equal(new DateTimeOffset(2025, 6, 3, 9, 15, 0, TimeSpan.Zero), nato.Published);
        Assert.StartsWith("Foreign ministers of the alliance met in Brussels", nato.Body);
        Assert.Contains(nato.Topics, t => t.Slug == "nato-accession");

        var bridge = articles["New bridge over the Danube opens to lorries"];
        Assert.Equal("Danube Wire", bridge.Outlet);
        Assert.Equal(new DateTimeOffset(2025, 6, 1, 4, 30, 0, TimeSpan.Zero), bridge.Published);

        var air = articles["Estonia extends its air-defence contract"];
        Assert.Equal("ERR News", air.Outlet);
        Assert.Equal(server.Url("/articles/air-defence"), air.Url);
        Assert.Equal(new DateTimeOffset(2025, 6, 3, 5, 0, 0, TimeSpan.Zero), air.Published);

        var port = articles["Port workers agree a new contract"];
        Assert.Equal("Harbour Notes", port.Outlet);
        Assert.Equal(server.Url("/notes/77"), port.Url);
        Assert.Null(port.Published);
        Assert.Equal(4, port.Body.Split("\n\n").Length);
    }

    [Fact]
    public async Task A_summary_only_item_is_read_from_its_page_without_the_page_furniture()
    {
        await host.AddAsync(server.Url("/rss.xml"));
        await host.AddAsync(server.Url("/rdf.xml"));

        await host.Ingester.PullAllAsync();

        var articles = (await host.ArticlesAsync()).ToDictionary(a => a.Title);
        var grain = articles["Grain corridor ships record tonnage in May"];
        var paragraphs = grain.Body.Split("\n\n");
        Assert.Equal(4, paragraphs.Length);
        Assert.StartsWith("Ports near Odesa shipped more grain in May", paragraphs[0]);
        Assert.StartsWith("Farmers' groups warned", paragraphs[^1]);
        foreach (var furniture in new[] { "cookies", "Share on", "Read more", "Most read", "All rights reserved", "Subscribe", "Wheat prices" })
            Assert.DoesNotContain(furniture, grain.Body);
        Assert.Equal(server.Url("/pages/grain.html"), grain.Url);

        var bridge = articles["New bridge over the Danube opens to lorries"];
        Assert.Equal(4, bridge.Body.Split("\n\n").Length);
        Assert.DoesNotContain("newsletter", bridge.Body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Advertise", bridge.Body);

        // The RSS item that carries its full text is not fetched.
        Assert.Equal(0, server.CountOf("/pages/timetable.html"));
    }

    [Fact]
    public async Task A_second_pull_asks_conditionally_gets_304_and_fetches_no_page_again()
    {
        await host.AddAsync(server.Url("/rss.xml"));
        await host.AddAsync(server.Url("/rdf.xml"));
        await host.Ingester.PullAllAsync();

        var second = await host.Ingester.PullAllAsync();

        Assert.All(second.Feeds, f => Assert.True(f.NotModified));
        Assert.Equal(["/rss.xml", "/rdf.xml"], server.ConditionalRequests.Order(StringComparer.Ordinal).Reverse());
        Assert.Equal(1, server.CountOf("/pages/grain.html"));
        Assert.Equal(1, server.CountOf("/pages/bridge.html"));
        Assert.Equal(3, (await host.ArticlesAsync()).Count);
        var rss = (await host.Feeds.GetAsync(server.Url("/rss.xml")))!;
        Assert.Equal("not modified", rss.LastStatus);
        Assert.Equal(2, rss.Items);
    }

    [Fact]
    public async Task An_unchanged_item_is_not_fetched_again_when_the_feed_itself_changed()
    {
        await host.AddAsync(server.Url("/rss.xml"));
        await host.Ingester.PullAllAsync();
        // Forget the validators, as after a feed that changed: the feed comes back whole, its items as they were.
        await host.Feeds.RecordPullAsync(server.Url("/rss.xml"), new Store.Feeds.FeedPull(DateTimeOffset.UtcNow, true, "ok", DateTimeOffset.UtcNow,
            new Store.Feeds.FeedPullContent("Kyiv Ledger", 2, null, null)));

        var second = await host.Ingester.PullAllAsync();

        var feed = Assert.Single(second.Feeds);
        Assert.False(feed.NotModified);
        Assert.Equal(2, feed.Unchanged);
        Assert.Equal(0, feed.PagesFetched);
        Assert.Equal(1, server.CountOf("/pages/grain.html"));
    }

    [Fact]
    public async Task Broken_feeds_are_reported_one_line_each_and_the_good_ones_are_stored()
    {
        var good = server.Url("/atom.xml");
        string[] broken = ["/broken.xml", "/error.xml", "/slow.xml", "/huge.xml", "/mislabelled.xml", "/busy.xml"];
        await host.AddAsync(good);
        foreach (var path in broken) await host.AddAsync(server.Url(path));

        var report = await host.Ingester.PullAllAsync();

        var failures = report.Failures.ToList();
        Assert.Equal(broken.Length, failures.Count);
        Assert.Contains($"feed {server.Url("/broken.xml")}: malformed XML (line 2, position 82)", failures);
        Assert.Contains($"feed {server.Url("/error.xml")}: HTTP 500 Internal Server Error", failures);
        Assert.Contains($"feed {server.Url("/slow.xml")}: timed out after 1 s", failures);
        Assert.Contains($"feed {server.Url("/huge.xml")}: larger than Feeds:MaxResponseBytes (over 100000 bytes)", failures);
        Assert.Contains($"feed {server.Url("/mislabelled.xml")}: not valid utf-8 (bad byte at offset 76)", failures);
        Assert.Contains($"feed {server.Url("/busy.xml")}: HTTP 503 Service Unavailable", failures);
        Assert.Equal("Estonia extends its air-defence contract", Assert.Single(await host.ArticlesAsync()).Title);

        // A 500 is retried within the fetch (Feeds:MaxRetries, 2 by default); a 503 that says when to come back is not.
        Assert.Equal(3, server.CountOf("/error.xml"));
        Assert.Equal(1, server.CountOf("/busy.xml"));
    }

    [Fact]
    public async Task A_failing_feed_backs_off_and_a_retry_after_is_honoured()
    {
        await host.AddAsync(server.Url("/error.xml"));
        await host.AddAsync(server.Url("/busy.xml"));
        var before = DateTimeOffset.UtcNow;

        await host.Ingester.PullDueAsync();
        var error = (await host.Feeds.GetAsync(server.Url("/error.xml")))!;
        var busy = (await host.Feeds.GetAsync(server.Url("/busy.xml")))!;
        await host.Ingester.PullAllAsync();
        var errorAgain = (await host.Feeds.GetAsync(server.Url("/error.xml")))!;

        Assert.Equal(1, error.ErrorsInRow);
        Assert.InRange(error.NextFetchUtc!.Value - before, TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(16));
        Assert.InRange(busy.NextFetchUtc!.Value - before, TimeSpan.FromMinutes(60), TimeSpan.FromMinutes(61));
        Assert.Equal(2, errorAgain.ErrorsInRow);
        Assert.InRange(errorAgain.NextFetchUtc!.Value - before, TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(31));

        // Neither is due now, so the worker's poll leaves them alone.
        var polled = await host.Ingester.PullDueAsync();
        Assert.Empty(polled.Feeds);
    }

    [Fact]
    public async Task A_redirected_feed_is_followed()
    {
        await host.AddAsync(server.Url("/moved.xml"));

        var report = await host.Ingester.PullAllAsync();

        Assert.Empty(report.Failures);
        Assert.Equal("Estonia extends its air-defence contract", Assert.Single(await host.ArticlesAsync()).Title);
        Assert.Equal(1, server.CountOf("/atom.xml"));
    }

    [Fact]
    public async Task A_page_in_windows_1251_is_read_as_the_server_declares()
    {
        await host.AddAsync(server.Url("/cyrillic.xml"));

        var report = await host.Ingester.PullAllAsync();

        Assert.Empty(report.Failures);
        var article = Assert.Single(await host.ArticlesAsync());
        Assert.Equal("Місто відкриває новий міст", article.Title);
        Assert.Equal("Київський кур'єр", article.Outlet);
        Assert.StartsWith("Міська влада у середу відкрила новий міст через річку", article.Body);
        Assert.DoesNotContain('\uFFFD', article.Body);
    }
}
