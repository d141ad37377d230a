using System.Net;
using System.Security.Cryptography;
using System.Text;
using Briefing.News.Corpus;
using Briefing.News.Feeds;
using Briefing.News.Topics;
using Briefing.Store.Articles;
using Briefing.Store.Delivery;
using Briefing.Store.Feeds;
using Microsoft.Extensions.Options;

namespace Briefing.Host.Feeds;

/// <summary>
/// Pulls feeds into the store: fetches each conditionally, parses it, and for every item not seen before as it is
/// now builds the article (from the item's own text when it is the full article, else from its linked page), then
/// cleans, dates, classifies and stores it with its link and outlet. Records each pull on the feed's row, and the
/// pull's summary for `briefing stats`. A feed that moved permanently is stored under its new address from then on.
/// </summary>
public sealed class FeedIngester(
    IFeedRepository feeds,
    IArticleRepository articles,
    FeedFetcher fetcher,
    TopicClassifier classifier,
    IWorkerStatusRepository status,
    IOptions<FeedsOptions> options,
    TimeProvider time)
{
    /// <summary>The worker status under which the last pull's summary is kept (beside the corpus's <c>ingestion.last</c>).</summary>
    public const string StatusName = "feeds.last";

    // An item text this long is the article itself; a shorter one is a summary and the linked page is read instead.
    private const int FullTextMinWords = 150;

    /// <summary>Adds the feeds of Feeds:Sources that are not in the database yet (nor moved permanently to another address).</summary>
    public async Task AddConfiguredFeedsAsync(CancellationToken cancellationToken = default)
    {
        if (options.Value.Sources.Count == 0) return;
        var moved = await feeds.ListMovesAsync(cancellationToken);
        foreach (var source in options.Value.Sources)
        {
            var url = source.Url.Trim();
            if (moved.ContainsKey(url)) continue;
            await feeds.AddAsync(url, string.IsNullOrWhiteSpace(source.Outlet) ? null : source.Outlet.Trim(), time.GetUtcNow(), cancellationToken);
        }
    }

    /// <summary>Pulls every feed that is not paused, now, whatever its next pull time (`briefing ingest`).</summary>
    public async Task<FeedsReport> PullAllAsync(CancellationToken cancellationToken = default)
    {
        await AddConfiguredFeedsAsync(cancellationToken);
        var active = (await feeds.ListAsync(cancellationToken)).Where(f => !f.Paused).ToList();
        return await PullAsync(active, cancellationToken);
    }

    /// <summary>Pulls the feeds whose next pull time has come (the worker's poll).</summary>
    public async Task<FeedsReport> PullDueAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var due = (await feeds.ListAsync(cancellationToken)).Where(f => !f.Paused && (f.NextFetchUtc is null || f.NextFetchUtc <= now)).ToList();
        return await PullAsync(due, cancellationToken);
    }

    private async Task<FeedsReport> PullAsync(IReadOnlyList<Feed> selected, CancellationToken cancellationToken)
    {
        var results = new FeedPullResult[selected.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, selected.Count),
            new ParallelOptions { MaxDegreeOfParallelism = options.Value.Concurrency, CancellationToken = cancellationToken },
            async (i, token) => results[i] = await PullOneAsync(selected[i], token));
        var report = new FeedsReport(results);
        if (results.Length > 0) await status.SetAsync(StatusName, report.Summary, time.GetUtcNow(), cancellationToken);
        return report;
    }

    private async Task<FeedPullResult> PullOneAsync(Feed feed, CancellationToken cancellationToken)
    {
        var started = time.GetUtcNow();
        var fetched = await fetcher.FetchAsync(new Uri(feed.Url), feed.ETag, feed.LastModified, cancellationToken);
        if (fetched.Outcome == FetchOutcome.Failed)
            return await RecordAsync(feed, new FeedPullResult(feed.Url, Problem: fetched.Problem), started, null, fetched.RetryAfterUtc, cancellationToken);

        ParsedFeed? parsed = null;
        if (fetched.Outcome == FetchOutcome.Ok)
        {
            try
            {
                var text = ContentDecoder.Decode(fetched.Body!, fetched.Charset, isHtml: false, out var problem)
                           ?? throw new FeedFormatException(problem!);
                parsed = FeedParser.Parse(text, fetched.MovedTo ?? new Uri(feed.Url));
            }
            catch (FeedFormatException ex)
            {
                return await RecordAsync(feed, new FeedPullResult(feed.Url, Problem: ex.Reason), started, null, null, cancellationToken);
            }
        }

        // A permanent move counts once the new address has served the feed (or said it is unchanged): a redirect to a
        // dead or broken address leaves the feed where it was.
        string? movedFrom = null;
        if (fetched.MovedTo is { AbsoluteUri: var newUrl } && newUrl != feed.Url)
        {
            var moved = await feeds.MoveAsync(feed.Url, newUrl, time.GetUtcNow(), cancellationToken);
            // The feed stored at the new address is pulled on its own turn; its seen items now include this one's.
            if (moved == FeedMoveOutcome.MergedIntoExisting) return new FeedPullResult(newUrl, MovedFrom: feed.Url, MovedToExisting: true);
            if (moved == FeedMoveOutcome.Moved)
            {
                movedFrom = feed.Url;
                feed = feed with { Url = newUrl };
            }
        }
        if (parsed is null)
            return await RecordAsync(feed, new FeedPullResult(feed.Url, NotModified: true, MovedFrom: movedFrom), started, null, null, cancellationToken);

        var seen = await feeds.GetItemFingerprintsAsync(feed.Url, cancellationToken);
        var outlet = feed.Outlet ?? parsed.Title;
        var cleaner = new ArticleCleaner();
        var prepared = new List<(NewArticle Article, FeedItemSeen Seen)>();
        var problems = new List<string>();
        var unchangedItems = 0;
        var pages = 0;
        foreach (var entry in parsed.Entries.DistinctBy(e => e.Key))
        {
            var fingerprint = Fingerprint(entry);
            if (seen.TryGetValue(entry.Key, out var before) && before == fingerprint)
            {
                unchangedItems++;
                continue;
            }
            var (article, fetchedPage, problem) = await ReadArticleAsync(entry, feed.Url, outlet, cleaner, cancellationToken);
            if (fetchedPage) pages++;
            if (article is null) problems.Add($"{entry.Link ?? entry.Key}: {problem}");
            else prepared.Add((article, new FeedItemSeen(entry.Key, fingerprint)));
        }

        var stored = await articles.UpsertManyAsync(prepared.Select(p => p.Article).ToList(), cancellationToken);
        await feeds.SaveItemsAsync(feed.Url, prepared.Select(p => p.Seen).ToList(), time.GetUtcNow(), cancellationToken);
        var result = new FeedPullResult(feed.Url,
            New: stored.Count(r => r.Outcome == ArticleUpsertOutcome.New),
            Unchanged: unchangedItems + stored.Count(r => r.Outcome == ArticleUpsertOutcome.Unchanged),
            NewVersions: stored.Count(r => r.Outcome == ArticleUpsertOutcome.NewVersion),
            NearDuplicates: stored.Count(r => r.Outcome == ArticleUpsertOutcome.NearDuplicate),
            PagesFetched: pages,
            ItemProblems: problems,
            MovedFrom: movedFrom);
        return await RecordAsync(feed, result, started, new FeedPullContent(parsed.Title, parsed.Entries.Count, fetched.ETag, fetched.LastModified), null, cancellationToken);
    }

    /// <summary>The item as an article: its own text when that is the full article, else its linked page's.</summary>
    private async Task<(NewArticle? Article, bool FetchedPage, string? Problem)> ReadArticleAsync(
        FeedEntry entry, string feedUrl, string? outlet, ArticleCleaner cleaner, CancellationToken cancellationToken)
    {
        var cleaned = CleanItemText(entry, cleaner);
        var fetchedPage = false;
        if (WordCount(cleaned.Paragraphs) < FullTextMinWords && entry.Link is not null)
        {
            fetchedPage = true;
            var page = await fetcher.FetchAsync(new Uri(entry.Link), cancellationToken: cancellationToken);
            if (page.Outcome != FetchOutcome.Ok) return (null, true, page.Problem ?? "no page");
            var html = ContentDecoder.Decode(page.Body!, page.Charset, isHtml: true, out var problem);
            if (html is null) return (null, true, problem);
            var fromPage = cleaner.CleanHtml(html, time.GetUtcNow());
            // A page with less to say than the feed (a paywall, a page of links) leaves the feed's text in place.
            if (WordCount(fromPage.Paragraphs) > WordCount(cleaned.Paragraphs)) cleaned = fromPage;
        }

        var title = entry.Title.Length > 0 ? WebUtility.HtmlDecode(entry.Title) : cleaned.Title;
        if (title.Length == 0 && cleaned.Paragraphs.Count == 0) return (null, fetchedPage, "no article text in the item or its page");
        var topics = classifier.Classify(title, cleaned.Paragraphs).Assigned;
        var source = entry.Link ?? $"{feedUrl}#{entry.Key}";
        return (new NewArticle(title, outlet, entry.Published ?? cleaned.Published, source, cleaned.Body, topics, entry.Link), fetchedPage, null);
    }

    // The item's text through the same cleaner as a page: HTML when it has tags, else paragraphs split at blank lines.
    private static CleanedArticle CleanItemText(FeedEntry entry, ArticleCleaner cleaner)
    {
        if (!entry.Text.Contains('<'))
        {
            var paragraphs = entry.Text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return new CleanedArticle(entry.Title, null, null, paragraphs);
        }
        var title = WebUtility.HtmlEncode(entry.Title);
        return cleaner.CleanHtml($"<html><head><meta property=\"og:title\" content=\"{title}\"></head><body><article>{entry.Text}</article></body></html>");
    }

    private static int WordCount(IReadOnlyList<string> paragraphs) =>
        paragraphs.Sum(p => p.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);

    private static string Fingerprint(FeedEntry entry) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', entry.Link, entry.Title, entry.Published?.ToString("O"), entry.Text))));

    private async Task<FeedPullResult> RecordAsync(
        Feed feed, FeedPullResult result, DateTimeOffset started, FeedPullContent? content, DateTimeOffset? retryAfter, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var next = started + TimeSpan.FromMinutes(settings.PollMinutes);
        if (result.Failed)
        {
            // Each failure in a row doubles the wait, up to Feeds:MaxBackoffMinutes; a server's Retry-After is honoured within that.
            var doublings = Math.Min(feed.ErrorsInRow, 20);
            var backoff = TimeSpan.FromMinutes(Math.Min(settings.PollMinutes * Math.Pow(2, doublings), settings.MaxBackoffMinutes));
            next = started + backoff;
            var cap = started + TimeSpan.FromMinutes(settings.MaxBackoffMinutes);
            if (retryAfter is { } asked && asked > next) next = asked < cap ? asked : cap;
        }
        await feeds.RecordPullAsync(feed.Url, new FeedPull(started, !result.Failed, result.Status, next, content), cancellationToken);
        return result;
    }
}
