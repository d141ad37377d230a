using System.Collections.Concurrent;
using System.Text;
using Briefing.Host.Health;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Briefing.Host.Tests.Feeds;

/// <summary>
/// A web server on loopback with the fixture feeds and pages, and the faults the feed reader must survive: a 500, a
/// redirect, a slow answer, an oversized one, a Retry-After, a feed in the wrong encoding. Feeds answer conditional
/// requests with 304, except the copies under /copies/N/, which always answer whole. A test can make any path redirect.
/// Every request is recorded.
/// </summary>
public sealed class FeedFixtureServer : IAsyncDisposable
{
    private const string FeedEtag = "\"v1\"";
    private static readonly DateTimeOffset FeedModified = new(2025, 6, 3, 10, 0, 0, TimeSpan.Zero);
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, (int Status, string Location)> redirects = new();

    private FeedFixtureServer(WebApplication app) => this.app = app;

    public string BaseUrl { get; private set; } = "";

    /// <summary>Path and query of every request, in order.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    /// <summary>The requests that came with If-None-Match or If-Modified-Since.</summary>
    public ConcurrentQueue<string> ConditionalRequests { get; } = new();

    public string Url(string path) => BaseUrl + path;

    /// <summary>From now on <paramref name="path"/> answers <paramref name="status"/> with Location <paramref name="location"/>.</summary>
    public void Redirect(string path, int status, string location) => redirects[path] = (status, location);

    public int CountOf(string path) => Requests.Count(r => r == path);

    public static async Task<FeedFixtureServer> StartAsync()
    {
        var app = LoopbackKestrel.CreateBuilder("http://127.0.0.1:0").Build();
        var server = new FeedFixtureServer(app);
        app.Use(async (context, next) =>
        {
            server.Requests.Enqueue(context.Request.Path + context.Request.QueryString);
            if (context.Request.Headers.IfNoneMatch.Count > 0 || context.Request.Headers.IfModifiedSince.Count > 0)
                server.ConditionalRequests.Enqueue(context.Request.Path);
            if (server.redirects.TryGetValue(context.Request.Path.Value ?? "", out var redirect))
            {
                context.Response.StatusCode = redirect.Status;
                context.Response.Headers.Location = redirect.Location;
                return;
            }
            await next(context);
        });

        app.MapGet("/rss.xml", context => server.FeedAsync(context, "rss.xml", "application/rss+xml; charset=utf-8"));
        app.MapGet("/rdf.xml", context => server.FeedAsync(context, "rdf.xml", "application/rdf+xml"));
        app.MapGet("/atom.xml", context => server.FeedAsync(context, "atom.xml", "application/atom+xml"));
        app.MapGet("/feed.json", context => server.FeedAsync(context, "feed.json", "application/feed+json"));
        app.MapGet("/cyrillic.xml", context => server.FeedAsync(context, "cyrillic.xml", "application/rss+xml"));
        app.MapGet("/broken.xml", context => server.FeedAsync(context, "broken.xml", "application/rss+xml"));
        // Latin-1 bytes that the feed declares to be UTF-8.
        app.MapGet("/mislabelled.xml", context => Bytes(context, "application/rss+xml",
            Encoding.Latin1.GetBytes("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Caf\u00e9 Zeitung</title><item><title>M\u00fcnchen</title><link>http://127.0.0.1/m</link></item></channel></rss>")));
        app.MapGet("/error.xml", context => { context.Response.StatusCode = 500; return Task.CompletedTask; });
        app.MapGet("/busy.xml", context =>
        {
            context.Response.StatusCode = 503;
            context.Response.Headers.RetryAfter = "3600";
            return Task.CompletedTask;
        });
        app.MapGet("/moved.xml", context => { context.Response.Redirect("/atom.xml", permanent: true); return Task.CompletedTask; });
        // The same fixture feed at as many addresses as a test needs, without validators: every pull reads it whole.
        app.MapGet("/copies/{copy}/{name}", context => Bytes(context, "application/rss+xml",
            Encoding.UTF8.GetBytes(server.Expand(File.ReadAllText(Fixture((string)context.Request.RouteValues["name"]!))))));
        app.MapGet("/slow.xml", async context =>
        {
            await Task.Delay(TimeSpan.FromSeconds(5), context.RequestAborted);
            await server.FeedAsync(context, "rss.xml", "application/rss+xml");
        });
        app.MapGet("/huge.xml", context => Bytes(context, "application/rss+xml",
            Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Huge</title>" + new string(' ', 300_000) + "</channel></rss>")));
        app.MapGet("/pages/{name}", context =>
        {
            var name = (string)context.Request.RouteValues["name"]!;
            if (name == "cp1251.html") return Bytes(context, "text/html; charset=windows-1251", File.ReadAllBytes(Fixture(name)));
            return Bytes(context, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(server.Expand(File.ReadAllText(Fixture(name)))));
        });

        await app.StartAsync();
        server.BaseUrl = LoopbackKestrel.BoundUrl(app)!.TrimEnd('/');
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private Task FeedAsync(HttpContext context, string fixture, string contentType)
    {
        if (context.Request.Headers.IfNoneMatch == FeedEtag)
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }
        context.Response.Headers.ETag = FeedEtag;
        context.Response.Headers.LastModified = FeedModified.ToString("R");
        return Bytes(context, contentType, Encoding.UTF8.GetBytes(Expand(File.ReadAllText(Fixture(fixture)))));
    }

    private string Expand(string text) => text.Replace("{base}", BaseUrl, StringComparison.Ordinal);

    private static Task Bytes(HttpContext context, string contentType, byte[] body)
    {
        context.Response.ContentType = contentType;
        return context.Response.Body.WriteAsync(body).AsTask();
    }

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Feeds", "Fixtures", name);
}
