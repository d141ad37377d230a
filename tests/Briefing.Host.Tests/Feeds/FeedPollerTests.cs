using Briefing.Host.Feeds;
using Briefing.Host.Tests.Cli;
using Briefing.Host.Tests.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Briefing.Host.Tests.Feeds;

[Collection(CliCollection.Name)]
public sealed class FeedPollerTests : IAsyncLifetime
{
    private FeedFixtureServer server = null!;
    private FeedTestHost host = null!;

    public async Task InitializeAsync()
    {
        server = await FeedFixtureServer.StartAsync();
        host = new FeedTestHost(new Dictionary<string, string?>
        {
            ["Feeds:Sources:0:Url"] = server.Url("/rss.xml"),
            ["Feeds:Sources:0:Outlet"] = "The Ledger",
            // 1.2 seconds between pulls of a healthy feed.
            ["Feeds:PollMinutes"] = "0.02",
        });
    }

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        host.Dispose();
    }

    [Fact]
    public async Task The_worker_adds_the_configured_feeds_pulls_them_at_once_and_again_each_poll_interval_and_stops_cleanly()
    {
        var poller = host.Services.GetServices<IHostedService>().OfType<FeedPoller>().Single();

        await poller.StartAsync(CancellationToken.None);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (server.ConditionalRequests.Count < 2 && DateTime.UtcNow < deadline) await Task.Delay(100);
        await poller.StopAsync(CancellationToken.None);

        Assert.True(server.ConditionalRequests.Count >= 2, $"conditional requests: {server.ConditionalRequests.Count}");
        Assert.Equal(1, server.CountOf("/pages/grain.html"));
        var feed = Assert.Single(await host.Feeds.ListAsync());
        Assert.Equal("The Ledger", feed.CreditedOutlet);
        Assert.Equal("not modified", feed.LastStatus);
        Assert.All(await host.ArticlesAsync(), a => Assert.Equal("The Ledger", a.Outlet));
        Assert.True(poller.ExecuteTask!.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task The_worker_moves_a_feed_that_redirects_permanently_says_so_once_and_then_asks_the_new_address()
    {
        const string Old = "/copies/1/rss.xml";
        const string New = "/copies/2/rss.xml";
        server.Redirect(Old, 301, server.Url(New));
        var logs = new CapturedLogs();
        using var moving = new FeedTestHost(new Dictionary<string, string?>
        {
            ["Feeds:Sources:0:Url"] = server.Url(Old),
            ["Feeds:PollMinutes"] = "0.02",
            ["Logging:LogLevel:Briefing.Host.Feeds"] = "Information",
        }, logs);
        var poller = moving.Services.GetServices<IHostedService>().OfType<FeedPoller>().Single();

        await poller.StartAsync(CancellationToken.None);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (server.CountOf(New) < 3 && DateTime.UtcNow < deadline) await Task.Delay(100);
        await poller.StopAsync(CancellationToken.None);

        Assert.True(server.CountOf(New) >= 3, $"requests to the new address: {server.CountOf(New)}");
        Assert.Equal(1, server.CountOf(Old));
        Assert.Equal([$"Feed {server.Url(Old)} moved permanently to {server.Url(New)}; updated"], logs.Lines.Where(l => l.Contains("moved permanently")));
        Assert.Equal(server.Url(New), Assert.Single(await moving.Feeds.ListAsync()).Url);
    }
}
