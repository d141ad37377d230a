using System.Globalization;
using System.Text.RegularExpressions;
using Briefing.News.Digests;
using Briefing.Store.Articles;
using Briefing.Store.Chats;
using Briefing.Store.Search;
using static Briefing.Telegram.Commands.BotText;

namespace Briefing.Telegram.Commands;

/// <summary>/digest, /latest and /search: reading the stored articles on demand.</summary>
public sealed partial class ReadingCommands(
    ISubscriberRepository subscribers, IArticleRepository articles, ISearchRepository search, IDigestSource digests, TopicLookup topicLookup)
{
    public const int DefaultLatest = 5;
    public const int MaxLatest = 20;
    public const int SearchHits = 5;

    /// <summary>
    /// What is new on the chat's topics (or the one named) since its last scheduled digest, or the latest when it has had none.
    /// It does not move the watermark: the scheduled digest still brings everything, so /digest is a look ahead at it.
    /// </summary>
    public async Task DigestAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var subscriber = await subscribers.GetAsync(context.Key, cancellationToken);
        IReadOnlyList<TopicSubscription> wanted;
        if (context.Command.ArgumentText.Length > 0)
        {
            if (topicLookup.Find(context.Command.ArgumentText) is not { } topic)
            {
                await context.ReplyAsync(UnknownTopic(context.Command.ArgumentText, topicLookup), cancellationToken: cancellationToken);
                return;
            }
            wanted = [subscriber?.Topics.FirstOrDefault(t => t.Slug == topic.Slug) ?? new TopicSubscription(topic.Slug, TopicFilter.None)];
        }
        else
        {
            // A topic since removed from config/topics.json is skipped rather than failing the whole digest.
            wanted = subscriber?.Topics.Where(t => topicLookup.Find(t.Slug) is not null).ToList() ?? [];
            if (wanted.Count == 0)
            {
                await context.ReplyAsync("You follow no topics yet: /topics lists them, or ask for one, e.g. <code>/digest " + Escape(topicLookup.Topics[0].Slug) + "</code>.", cancellationToken: cancellationToken);
                return;
            }
        }
        var filters = wanted.Where(t => t.HasFilter).ToDictionary(t => t.Slug, t => t.Filter);
        var digest = await digests.AssembleAsync(
            new DigestRequest(wanted.Select(t => t.Slug).ToList(), subscriber?.Watermark ?? 0, null, DigestPreset.Standard.Name, filters), cancellationToken);
        if (digest.IsEmpty)
        {
            await context.ReplyAsync("Nothing new since your last digest. /latest shows the newest articles.", cancellationToken: cancellationToken);
            return;
        }
        foreach (var html in digest.HtmlMessages) await context.ReplyAsync(html, cancellationToken: cancellationToken);
    }

    public async Task LatestAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var count = DefaultLatest;
        if (context.Command.Arguments.Count > 0
            && (!int.TryParse(context.Command.Arguments[0], NumberStyles.None, CultureInfo.InvariantCulture, out count) || count is < 1 or > MaxLatest))
        {
            await context.ReplyAsync($"Send /latest or /latest N with N from 1 to {MaxLatest}.", cancellationToken: cancellationToken);
            return;
        }
        var subscribed = (await subscribers.GetAsync(context.Key, cancellationToken))?.Topics.Select(t => t.Slug).ToList();
        var topics = subscribed is { Count: > 0 } ? subscribed : null;
        var latest = await articles.ListAsync(new ArticleQuery(TopicSlugs: topics, Limit: count, NewestFirst: true), cancellationToken);
        if (latest.Count == 0)
        {
            await context.ReplyAsync(topics is null ? "There are no articles yet." : "There are no articles on your topics yet.", cancellationToken: cancellationToken);
            return;
        }
        var heading = topics is null ? "<b>Latest articles</b> (all topics; /topics to choose yours)" : "<b>Latest on your topics</b>";
        var lines = latest.Select(a => $"• <b>{TelegramHtml.Link(a.Title, a.Url)}</b>{Source(a.Outlet, a.Published)}");
        await context.ReplyAsync(heading + "\n" + string.Join("\n", lines), cancellationToken: cancellationToken);
    }

    public async Task SearchAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var query = context.Command.ArgumentText;
        if (query.Length == 0)
        {
            await context.ReplyAsync("What should I look for? Send /search and your words, e.g. <code>/search security guarantees</code>.", cancellationToken: cancellationToken);
            return;
        }
        var hits = await search.SearchAsync(query, SearchHits, cancellationToken);
        if (hits.Count == 0)
        {
            await context.ReplyAsync($"Nothing found for “{Escape(query)}”. Fewer or other words may help.", cancellationToken: cancellationToken);
            return;
        }
        var entries = hits.Select(h => $"<b>{TelegramHtml.Link(h.Title, h.Url)}</b>{Source(h.Outlet, h.Published)}\n{Highlight(h.Snippet)}");
        await context.ReplyAsync($"<b>Search: {Escape(query)}</b>\n\n" + string.Join("\n\n", entries), cancellationToken: cancellationToken);
    }

    private static string Source(string? outlet, DateTimeOffset? published)
    {
        var parts = new[] { outlet, published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }.Where(p => p is { Length: > 0 }).ToList();
        return parts.Count == 0 ? "" : " — " + Escape(string.Join(", ", parts!));
    }

    // The store marks matched words [like this]; after escaping they become bold.
    private static string Highlight(string snippet) => Matched().Replace(Escape(snippet), "<b>$1</b>");

    [GeneratedRegex(@"\[([^\[\]]+)\]")]
    private static partial Regex Matched();
}
