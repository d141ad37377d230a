using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Briefing.News.Corpus;

/// <summary>
/// Reads an HTML page with AngleSharp: title, date and outlet from metadata, then the article's text as lines
/// (one per block element) with navigation, headers, footers, asides, scripts, styles and forms removed.
/// </summary>
internal static partial class HtmlPageReader
{
    // Real pages nest a few dozen elements deep and hold a few thousand. The parser's cost grows with depth times
    // elements (100,000 nested divs took nearly a minute), so a page past either budget is refused while it is parsed.
    internal const int MaxDepth = 256;
    internal const int MaxElements = 50_000;

    /// <exception cref="PageTooComplexException">The page nests deeper than <see cref="MaxDepth"/> or holds more than <see cref="MaxElements"/> elements.</exception>
    public static ParsedPage Read(string html)
    {
        var document = Parse(html);
        var outlet = Meta(document, "og:site_name") ?? Meta(document, "application-name");
        var root = ContentRoot(document);
        var title = Meta(document, "og:title") ?? Meta(document, "twitter:title")
                    ?? Clean((root.QuerySelector("h1") ?? document.QuerySelector("h1"))?.TextContent);
        var pageTitle = Clean(document.Title);
        if (pageTitle is not null && (title is null || outlet is null))
        {
            var (head, suffix) = SplitTitleSuffix(pageTitle);
            if (title is null || suffix is not null && head.Equals(title, StringComparison.OrdinalIgnoreCase))
                (title, outlet) = (title ?? head, outlet ?? suffix);
        }
        if (title is not null && outlet is not null) title = StripSuffix(title, outlet);
        var published = PublishedFrom(document);

        // The headline is the title already; a page's own h1 repeated in the body would only be read again.
        var removed = title is null ? RemovedElements : RemovedElements + ", h1";
        foreach (var element in root.QuerySelectorAll(removed).ToList()) element.Remove();
        // A container holding most of the text is the article itself, whatever its class says ("post social-enabled").
        var rootText = root.TextContent.Length;
        foreach (var element in root.QuerySelectorAll("[class], [id]").Where(IsFurnitureContainer).ToList())
            if (element.TextContent.Length * 2 < rootText) element.Remove();

        var lines = new List<PageLine>();
        var current = new StringBuilder();
        var startsBlock = true;
        Walk(root, lines, current, ref startsBlock);
        Flush(lines, current, ref startsBlock, nextStartsBlock: true);
        return new ParsedPage(title, published, outlet, lines);
    }

    private static IDocument Parse(string html)
    {
        var created = 0;
        IElement? previous = null;
        var options = new HtmlParserOptions
        {
            // An element is placed in the tree after it is created, so each new one measures the depth of the one before.
            OnCreated = (element, _) =>
            {
                if (++created > MaxElements)
                    throw new PageTooComplexException($"HTML with more than {MaxElements} elements (the cleaner's element budget)");
                if (previous is not null && DeeperThan(previous, MaxDepth))
                    throw new PageTooComplexException($"HTML nested deeper than {MaxDepth} elements (the cleaner's nesting budget)");
                previous = element;
            },
        };
        return new HtmlParser(options).ParseDocument(html);
    }

    private static bool DeeperThan(IElement element, int depth)
    {
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
            if (--depth < 0) return true;
        return false;
    }

    private const string RemovedElements =
        "nav, header, footer, aside, script, style, form, noscript, iframe, svg, button, select, template, figure, figcaption";

    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "section", "article",
        "main", "table", "tr", "td", "th", "dl", "dt", "dd", "address", "hr", "time", "caption",
    };

    // Depth-first with an explicit stack: a deeply nested page must not exhaust the thread's stack.
    private static void Walk(INode root, List<PageLine> lines, StringBuilder current, ref bool startsBlock)
    {
        var pending = new Stack<(INode Node, bool Leaving)>();
        PushChildren(pending, root);
        while (pending.Count > 0)
        {
            var (node, leaving) = pending.Pop();
            if (node is IText text) { current.Append(text.Data); continue; }
            if (node is not IElement element) continue;
            var block = BlockElements.Contains(element.LocalName);
            if (leaving)
            {
                if (block) Flush(lines, current, ref startsBlock, nextStartsBlock: true);
                continue;
            }
            if (element.LocalName == "br") { Flush(lines, current, ref startsBlock, nextStartsBlock: false); continue; }
            if (block) Flush(lines, current, ref startsBlock, nextStartsBlock: true);
            pending.Push((element, true));
            PushChildren(pending, element);
        }
    }

    private static void PushChildren(Stack<(INode Node, bool Leaving)> pending, INode node)
    {
        for (var i = node.ChildNodes.Length - 1; i >= 0; i--) pending.Push((node.ChildNodes[i], false));
    }

    private static void Flush(List<PageLine> lines, StringBuilder current, ref bool startsBlock, bool nextStartsBlock)
    {
        var text = TextPageReader.CollapseSpaces(current.ToString());
        current.Clear();
        if (text.Length > 0)
        {
            lines.Add(new PageLine(text, startsBlock));
            startsBlock = false;
        }
        startsBlock |= nextStartsBlock;
    }

    // The article element holding the most text, else <main>, else the body.
    private static IElement ContentRoot(IDocument document)
    {
        var article = document.QuerySelectorAll("article").MaxBy(a => a.TextContent.Length);
        return article ?? document.QuerySelector("main") ?? document.Body ?? document.DocumentElement;
    }

    private static DateTimeOffset? PublishedFrom(IDocument document)
    {
        string?[] candidates =
        [
            Meta(document, "article:published_time"), Meta(document, "og:published_time"),
            document.QuerySelector("[itemprop='datePublished']")?.GetAttribute("content")
                ?? document.QuerySelector("[itemprop='datePublished']")?.GetAttribute("datetime"),
            JsonLdDatePublished(document),
            Meta(document, "pubdate"), Meta(document, "publishdate"), Meta(document, "publish-date"),
            Meta(document, "date"), Meta(document, "dc.date"), Meta(document, "dcterms.created"),
            document.QuerySelector("time[datetime]")?.GetAttribute("datetime"),
        ];
        foreach (var value in candidates)
            if (value is not null && PublishedDateParser.TryParseValue(value, out var published)) return published;
        return null;
    }

    private static string? JsonLdDatePublished(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            var match = JsonLdDate().Match(script.TextContent);
            if (match.Success) return match.Groups[1].Value;
        }
        return null;
    }

    private static string? Meta(IDocument document, string name)
    {
        foreach (var meta in document.QuerySelectorAll("meta[content]"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase)) return Clean(meta.GetAttribute("content"));
        }
        return null;
    }

    private static string? Clean(string? text)
    {
        if (text is null) return null;
        var cleaned = TextPageReader.CollapseSpaces(text);
        return cleaned.Length == 0 ? null : cleaned;
    }

    // "Headline | Outlet": the part after the last bar names the site when nothing else does.
    private static (string Head, string? Suffix) SplitTitleSuffix(string pageTitle)
    {
        var bar = pageTitle.LastIndexOf(" | ", StringComparison.Ordinal);
        if (bar <= 0) return (pageTitle, null);
        var suffix = pageTitle[(bar + 3)..].Trim();
        return TextShape.WordCount(suffix) > 4 ? (pageTitle, null) : (pageTitle[..bar].Trim(), suffix);
    }

    private static string StripSuffix(string title, string outlet)
    {
        foreach (var separator in new[] { " | ", " - ", " – ", " — " })
            if (title.EndsWith(separator + outlet, StringComparison.OrdinalIgnoreCase))
                return title[..^(separator.Length + outlet.Length)].Trim();
        return title;
    }

    // Containers whose class or id names a widget: share bars, related lists, comment threads, ad slots.
    private static bool IsFurnitureContainer(IElement element)
    {
        if (element.LocalName is "body" or "html" or "article" or "main") return false;
        var names = $"{element.GetAttribute("class")} {element.Id}".ToLowerInvariant();
        foreach (var part in names.Split([' ', '-', '_'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (FurnitureNames.Contains(part)) return true;
            if (part != "commentary" && FurniturePrefixes.Any(p => part.StartsWith(p, StringComparison.Ordinal))) return true;
        }
        return false;
    }

    private static readonly HashSet<string> FurnitureNames = new(StringComparer.Ordinal)
    {
        "ad", "ads", "adsbygoogle", "modal", "recommended", "sponsored", "popular", "trending", "tags",
    };

    // "sharedaddy", "social-links", "jp-relatedposts", "comments-area", "advertisement", "newsletter-box".
    private static readonly string[] FurniturePrefixes =
    [
        "share", "sharing", "social", "related", "comment", "advert", "newsletter", "subscribe", "promo", "sidebar",
        "breadcrumb", "cookie", "popup", "disqus", "outbrain", "taboola",
    ];

    [GeneratedRegex(@"""datePublished""\s*:\s*""([^""]+)""")]
    private static partial Regex JsonLdDate();
}
