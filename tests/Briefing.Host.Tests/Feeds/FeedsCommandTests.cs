using System.Text.Json;
using Briefing.Host.Tests.Cli;
using Briefing.Host.Tests.Ingestion;

namespace Briefing.Host.Tests.Feeds;

[Collection(CliCollection.Name)]
public sealed class FeedsCommandTests : FeedCliTests
{
    private static Task<CliRun> RunAsync(params string[] args) => Tests.Cli.Cli.RunAsync(args);

    [Fact]
    public async Task Feeds_are_added_listed_paused_resumed_and_removed_in_the_database_given()
    {
        var feed = Server.Url("/atom.xml");

        var added = await RunAsync("feeds", "add", feed, "--outlet", "ERR News", "--db", Db);
        var again = await RunAsync("feeds", "add", feed, "--db", Db);
        var paused = await RunAsync("feeds", "pause", feed, "--db", Db);
        var listPaused = await RunAsync("feeds", "list", "--db", Db);
        var resumed = await RunAsync("feeds", "resume", feed, "--db", Db);
        var listJson = await RunAsync("feeds", "list", "--json", "--db", Db);
        var removed = await RunAsync("feeds", "remove", feed, "--db", Db);
        var missing = await RunAsync("feeds", "remove", feed, "--db", Db);
        var empty = await RunAsync("feeds", "list", "--db", Db);

        Assert.Equal(0, added.ExitCode);
        Assert.Equal(1, again.ExitCode);
        Assert.Equal($"error: the feed {feed} is there already; `briefing feeds list` shows it.", Assert.Single(again.ErrorLines));
        Assert.Equal(0, paused.ExitCode);
        Assert.Equal($"{feed}  ERR News; never fetched; 0 items; 0 errors in a row; paused", Assert.Single(listPaused.OutputLines));
        Assert.Equal(0, resumed.ExitCode);
        using (var json = JsonDocument.Parse(listJson.Output))
        {
            var row = Assert.Single(json.RootElement.GetProperty("feeds").EnumerateArray());
            Assert.Equal(["url", "outlet", "paused", "last_fetch", "last_status", "items", "errors_in_row", "next_fetch"], row.EnumerateObject().Select(p => p.Name));
            Assert.Equal("ERR News", row.GetProperty("outlet").GetString());
            Assert.False(row.GetProperty("paused").GetBoolean());
        }
        Assert.Equal(0, removed.ExitCode);
        Assert.Equal(1, missing.ExitCode);
        Assert.StartsWith("No feeds.", Assert.Single(empty.OutputLines));
    }

    [Fact]
    public async Task A_feed_address_that_is_not_http_is_refused_with_how_to_fix_it()
    {
        var run = await RunAsync("feeds", "add", "ftp://example.com/feed.xml", "--db", Db);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("is not an absolute http(s) URL", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public async Task Ingest_pulls_the_feeds_reports_each_failure_in_one_line_and_succeeds()
    {
        var corpus = Directory.CreateDirectory(Temp.File("corpus")).FullName;
        await RunAsync("feeds", "add", Server.Url("/atom.xml"), "--db", Db);
        await RunAsync("feeds", "add", Server.Url("/broken.xml"), "--db", Db);

        var run = await RunAsync("ingest", "--db", Db, "--corpus", corpus);
        var articles = await RunAsync("articles", "--json", "--db", Db);
        var list = await RunAsync("feeds", "list", "--db", Db);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
        [
            "0 new, 0 unchanged, 0 near-duplicate, 0 new versions, 0 skipped",
            "2 feeds: 1 new, 0 unchanged, 0 new versions, 0 near-duplicate, 0 not modified, 1 failed",
            $"feed {Server.Url("/broken.xml")}: malformed XML (line 2, position 82)",
        ], run.OutputLines);
        using var json = JsonDocument.Parse(Assert.Single(articles.OutputLines));
        Assert.Equal(Server.Url("/articles/air-defence"), json.RootElement.GetProperty("url").GetString());
        Assert.Equal("Baltic Review", json.RootElement.GetProperty("outlet").GetString());
        Assert.Contains(list.OutputLines, l => l.StartsWith(Server.Url("/broken.xml")) && l.Contains("(malformed XML (line 2, position 82)); 0 items; 1 errors in a row; next "));
        Assert.Contains(list.OutputLines, l => l.StartsWith(Server.Url("/atom.xml") + "  Baltic Review; last ") && l.Contains("(ok: 1 new, 0 unchanged, 0 new versions, 0 near-duplicates); 1 items; 0 errors in a row; next "));
    }

    [Fact]
    public async Task Stats_shows_the_feeds_how_many_fail_now_and_what_the_last_pull_did()
    {
        var corpus = Directory.CreateDirectory(Temp.File("corpus")).FullName;
        await RunAsync("feeds", "add", Server.Url("/atom.xml"), "--db", Db);
        await RunAsync("feeds", "add", Server.Url("/broken.xml"), "--db", Db);
        await RunAsync("feeds", "add", Server.Url("/rss.xml"), "--db", Db);
        await RunAsync("feeds", "pause", Server.Url("/rss.xml"), "--db", Db);
        var before = await RunAsync("stats", "--db", Db);

        await RunAsync("ingest", "--db", Db, "--corpus", corpus);
        var after = await RunAsync("stats", "--db", Db);
        var json = await RunAsync("stats", "--json", "--db", Db);

        Assert.Contains("Feeds: 3 (2 active, 1 paused), 0 failing now", before.OutputLines);
        Assert.Contains("Last feed pull: never", before.OutputLines);
        Assert.Contains("Feeds: 3 (2 active, 1 paused), 1 failing now", after.OutputLines);
        var pull = Assert.Single(after.OutputLines, l => l.StartsWith("Last feed pull: "));
        Assert.EndsWith(" UTC, 2 feeds: 1 new, 0 unchanged, 0 new versions, 0 near-duplicate, 0 not modified, 1 failed", pull);
        using var document = JsonDocument.Parse(json.Output);
        var feeds = document.RootElement.GetProperty("feeds");
        Assert.Equal(["total", "active", "paused", "failing", "last_pull"], feeds.EnumerateObject().Select(p => p.Name));
        Assert.Equal(3, feeds.GetProperty("total").GetInt32());
        Assert.Equal(1, feeds.GetProperty("failing").GetInt32());
        Assert.EndsWith("1 failed", feeds.GetProperty("last_pull").GetProperty("summary").GetString());
        // The fields stats had before are all still there.
        Assert.True(document.RootElement.TryGetProperty("last_ingestion", out _));
        Assert.True(document.RootElement.TryGetProperty("outbox", out _));
    }
}
