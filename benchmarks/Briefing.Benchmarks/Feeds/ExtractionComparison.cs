using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Briefing.Benchmarks.Runs;
using Briefing.News.Corpus;

namespace Briefing.Benchmarks.Feeds;

/// <summary>
/// `dotnet run -c Release --project benchmarks/Briefing.Benchmarks -- extraction [--pages N]`: the project's cleaner
/// (ArticleCleaner on AngleSharp) against SmartReader (a Readability port) on generated article pages wrapped in three
/// kinds of site furniture. For each: share of the article's words recovered, share of extracted words that are not
/// the article's, pages where a furniture line leaked, time per page.
/// </summary>
public static partial class ExtractionComparison
{
    private static readonly string[] FurnitureLines =
        ["Accept all cookies", "Share on Facebook", "Copy link", "Most read", "All rights reserved", "Sign up for our newsletter", "Another story", "Advertise with us", "Related coverage"];

    public static void Run(string[] args)
    {
        var count = args.Length > 1 && args[0] == "--pages" && int.TryParse(args[1], out var n) ? n : 300;
        var corpus = new SyntheticCorpus(seed: 777);
        var pages = Enumerable.Range(0, count).Select(i =>
        {
            var (title, paragraphs) = corpus.NextArticle(i);
            return (Html: Layout(i % 3, title, paragraphs, corpus.Outlet(i)), Words: Words(string.Join(" ", paragraphs)));
        }).ToList();

        Report("ArticleCleaner (project)", pages, html => new ArticleCleaner().CleanHtml(html).Body);
        Report("SmartReader 0.11.1", pages, html => new SmartReader.Reader("http://127.0.0.1/article", html).GetArticle().TextContent ?? "");
    }

    private static void Report(string name, List<(string Html, Dictionary<string, int> Words)> pages, Func<string, string> extract)
    {
        foreach (var page in pages.Take(10)) extract(page.Html); // warm-up, untimed
        double recall = 0, noise = 0;
        var leaked = 0;
        var timer = Stopwatch.StartNew();
        foreach (var (html, expected) in pages)
        {
            var text = extract(html);
            var got = Words(text);
            var total = expected.Values.Sum();
            var extracted = got.Values.Sum();
            var common = got.Sum(w => Math.Min(w.Value, expected.GetValueOrDefault(w.Key)));
            recall += total == 0 ? 1 : (double)common / total;
            noise += extracted == 0 ? 0 : (double)(extracted - common) / extracted;
            if (FurnitureLines.Any(f => text.Contains(f, StringComparison.OrdinalIgnoreCase))) leaked++;
        }
        timer.Stop();
        Console.WriteLine($"{name}: words recovered {100 * recall / pages.Count:F1}%, extracted words not in the article {100 * noise / pages.Count:F1}%, " +
                          $"pages with furniture left {leaked} of {pages.Count}, {timer.Elapsed.TotalMilliseconds * 1000 / pages.Count:F0} µs/page");
    }

    private static Dictionary<string, int> Words(string text) =>
        Word().Matches(text.ToLowerInvariant()).GroupBy(m => m.Value).ToDictionary(g => g.Key, g => g.Count());

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    // Three common page shapes: semantic elements, div soup with class names, and a table-era layout.
    private static string Layout(int kind, string title, IReadOnlyList<string> paragraphs, string outlet)
    {
        var t = WebUtility.HtmlEncode(title);
        var body = string.Concat(paragraphs.Select((p, i) =>
            $"<p>{WebUtility.HtmlEncode(p)}</p>" + (i == 2 ? "<div class=\"related\"><b>Related coverage</b><ul><li><a href=\"/x\">Another story about something</a></li></ul></div>" : "")));
        return kind switch
        {
            0 => $"""
                <html><head><title>{t} | {outlet}</title></head><body>
                <header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/subscribe">Subscribe</a></nav></header>
                <div class="cookie-banner">We use cookies. Accept all cookies</div>
                <main><article><h1>{t}</h1><div class="share"><a>Share on Facebook</a> <a>Copy link</a></div>{body}</article>
                <aside><h3>Most read</h3><ol><li>One thing today</li><li>Another thing</li></ol></aside></main>
                <footer>© 2025 {outlet}. All rights reserved.</footer></body></html>
                """,
            1 => $"""
                <html><head><title>{t} - {outlet}</title></head><body>
                <div id="top-bar"><div class="menu"><a href="/">Home</a> <a href="/news">News</a></div></div>
                <div id="content"><div class="headline"><h1>{t}</h1></div><div class="story-body">{body}</div></div>
                <div class="newsletter-signup">Sign up for our newsletter</div>
                <div class="sidebar"><div class="widget">Most read<br>Weather today</div></div>
                <div class="site-footer">{outlet} · Contact · Advertise with us</div></body></html>
                """,
            _ => $"""
                <html><head><title>{t}</title></head><body><table><tr><td class="nav"><a href="/">Home</a><br><a href="/a">Archive</a></td>
                <td><h1>{t}</h1>{body}</td><td class="ads">Advertise with us</td></tr>
                <tr><td colspan="3">All rights reserved. Copy link</td></tr></table></body></html>
                """,
        };
    }
}
