using System.Net;
using System.Text;
using Briefing.Benchmarks.Runs;
using Briefing.Host.Health;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Benchmarks.Feeds;

/// <summary>
/// Made-up news sites on loopback for the feed benchmark: site i listens on 127.0.0.(i+2), so each is its own host
/// to the reader's per-host pace, and serves an RSS feed of summary-only items, each linking to an article page
/// (about 600 words inside site furniture). Feeds answer If-None-Match with 304.
/// </summary>
public sealed class LoopbackNewsSites : IAsyncDisposable
{
    private const string ETag = "\"bench\"";
    private readonly WebApplication app;
    private readonly string[] pages;

    private LoopbackNewsSites(WebApplication app, string[] pages, int items)
    {
        this.app = app;
        this.pages = pages;
        ItemsPerFeed = items;
    }

    public int ItemsPerFeed { get; }

    public IReadOnlyList<string> FeedUrls { get; private set; } = [];

    public int PageRequests => pageRequests;

    private int pageRequests;

    public static async Task<LoopbackNewsSites> StartAsync(int sites, int items)
    {
        var corpus = new SyntheticCorpus();
        var pages = Enumerable.Range(0, sites * items).Select(i => Page(corpus, i)).ToArray();
        var urls = string.Join(";", Enumerable.Range(0, sites).Select(i => $"http://127.0.0.{i + 2}:0"));
        var app = LoopbackKestrel.CreateBuilder(urls).Build();
        var server = new LoopbackNewsSites(app, pages, items);
        app.MapGet("/feed.xml", server.FeedAsync);
        app.MapGet("/articles/{index:int}", server.ArticleAsync);
        await app.StartAsync();
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .Select(a => new Uri(a)).OrderBy(a => IPAddress.Parse(a.Host).GetAddressBytes()[3]).ToList();
        server.FeedUrls = addresses.Select(a => new Uri(a, "/feed.xml").AbsoluteUri).ToList();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private Task FeedAsync(HttpContext context)
    {
        if (context.Request.Headers.IfNoneMatch == ETag)
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }
        var site = context.Connection.LocalIpAddress!.GetAddressBytes()[3] - 2;
        var origin = $"http://{context.Request.Host}";
        var feed = new StringBuilder($"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Site {site:00}</title><link>{origin}/</link>");
        for (var i = 0; i < ItemsPerFeed; i++)
        {
            var index = site * ItemsPerFeed + i;
            var published = new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(index).ToString("R");
            feed.Append($"<item><title>Story {index}</title><link>{origin}/articles/{index}</link><guid>story-{index}</guid>")
                .Append($"<pubDate>{published}</pubDate><description>A short summary of story {index}.</description></item>");
        }
        feed.Append("</channel></rss>");
        context.Response.Headers.ETag = ETag;
        context.Response.ContentType = "application/rss+xml; charset=utf-8";
        return context.Response.WriteAsync(feed.ToString());
    }

    private Task ArticleAsync(HttpContext context)
    {
        Interlocked.Increment(ref pageRequests);
        var index = int.Parse((string)context.Request.RouteValues["index"]!, System.Globalization.CultureInfo.InvariantCulture);
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(pages[index]);
    }

    private static string Page(SyntheticCorpus corpus, int index)
    {
        var (title, paragraphs) = corpus.NextArticle(index);
        var body = string.Concat(paragraphs.Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>"));
        return $"""
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(title)} | {corpus.Outlet(index)}</title></head>
            <body><header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a> <a href="/subscribe">Subscribe</a></nav></header>
            <div class="cookie-banner">We use cookies. Accept all cookies</div>
            <main><article><h1>{WebUtility.HtmlEncode(title)}</h1><div class="share"><a>Share on Facebook</a> <a>Copy link</a></div>{body}
            <div class="related"><h3>Read more</h3><ul><li><a href="/a">Another story</a></li><li><a href="/b">And one more</a></li></ul></div></article>
            <aside><h3>Most read</h3><ol><li>One</li><li>Two</li></ol></aside></main>
            <footer>© 2025 All rights reserved. <a href="/privacy">Privacy</a></footer></body></html>
            """;
    }
}
