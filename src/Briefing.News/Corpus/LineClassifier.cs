using System.Runtime.CompilerServices;
using System.Buffers;
using System.Text.RegularExpressions;

namespace Briefing.News.Corpus;

/// <summary>
/// Tells page furniture from article text, line by line, by general rules: widget and chrome vocabulary,
/// list headers that end an article, teaser markers, and the shapes of promos, credits, counters and notices.
/// </summary>
internal static partial class LineClassifier
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static LineKind Classify(string line)
    {
        var words = TextShape.WordCount(line);
        if (words == 0) return LineKind.Furniture;
        if (IsEditorNotice(line) || LabelledList().IsMatch(line)) return LineKind.Furniture;
        if (words <= 30 && TeaserLine().IsMatch(line)) return LineKind.Furniture;
        if (words <= 50 && (AboutBlurb().IsMatch(line) || CaptionCredit().IsMatch(line) || SupportAppeal().IsMatch(line)))
            return LineKind.Furniture;
        if (IsNavigationRow(line)) return LineKind.Furniture;
        if (words <= 80 && CookieNotice().IsMatch(line)) return LineKind.Furniture;
        if (words <= 60 && IsReportingCredit(line)) return LineKind.Furniture;
        // Everything else that is furniture is short; long lines are article text and skip the rest.
        if (words > 20) return LineKind.Content;

        var key = Key(line);
        if (key.Length == 0) return LineKind.Furniture;
        if (EndHeaders.Contains(key) || EndHeaderPattern().IsMatch(key)) return LineKind.EndOfArticle;
        if (TeaserMarkers.Contains(key) || TeaserMarkerPattern().IsMatch(key)) return LineKind.TeaserMarker;
        if (Widgets.Contains(key) || IsShareRow(key)) return LineKind.Furniture;

        var sentence = TextShape.EndsLikeSentence(line);
        // Section labels, menu items, "guest"; a short line leading into what follows ("Republicans:", "Q What's —") is speech.
        if (words <= 3 && !sentence && !LeadsOn(line)) return LineKind.Furniture;
        if (Counter().IsMatch(key) || Promo().IsMatch(key) || Footer().IsMatch(key) || (!sentence && UpdateStamp().IsMatch(key))
            || key.Contains("all rights reserved", StringComparison.Ordinal))
            return LineKind.Furniture;
        // A credit is a label, not a sentence: "Images by Maxar show the damage." is article text.
        if ((!sentence || words <= 8) && (ImageCredit().IsMatch(key) || key.AsSpan().IndexOfAny(CreditPhrases) >= 0))
            return LineKind.Furniture;
        if (IsByline(line)) return LineKind.Furniture;
        return LineKind.Content;
    }

    /// <summary>Lower case, straight quotes, no leading bullets or trailing separators (lines arrive with single spaces).</summary>
    internal static string Key(string line)
    {
        var buffer = line.Length <= 256 ? stackalloc char[line.Length] : new char[line.Length];
        for (var i = 0; i < line.Length; i++)
        {
            buffer[i] = line[i] switch
            {
                '’' or '‘' => '\'',
                '“' or '”' => '"',
                var c => char.ToLowerInvariant(c),
            };
        }
        return new string(buffer.Trim(KeyTrim));
    }

    private const string KeyTrim = " •·|»›><‹«-–—:*#▶►";

    // The cheap substring tests keep the whole-line searches off ordinary article paragraphs.
    private static bool IsEditorNotice(string line) =>
        EditorNoticeStart().IsMatch(line)
        || (line.Contains("ctrl", StringComparison.OrdinalIgnoreCase) && CtrlEnter().IsMatch(line))
        || (line.Contains("editor", StringComparison.OrdinalIgnoreCase) && ReportToEditor().IsMatch(line));

    /// <summary>"By Jane Doe, Reuters", "by Martin Fornusek and Olena Goncharova".</summary>
    public static bool IsByline(string line) =>
        TextShape.WordCount(line) <= 12 && !TextShape.EndsLikeSentence(line)
        && (Byline().IsMatch(line) || LowerCaseByline().IsMatch(line));

    /// <summary>"Patrick Wintour in Vilnius": a correspondent's name and where they file from (a byline only where it stands over a date line).</summary>
    public static bool IsCorrespondentLine(string line) => line.Length <= 80 && CorrespondentLine().IsMatch(line);

    // "(Reporting by Andrew Gray; Editing by Alex Richardson)", "Writing by Jane Doe": the wire's credits, in brackets, two of
    // them, or a label that is no sentence ("Reporting by the mission found…" is text).
    private static bool IsReportingCredit(string line)
    {
        if (!ReportingCredit().IsMatch(line)) return false;
        return (line[0] == '(' && line.TrimEnd('.')[^1] == ')') || AnotherCredit().IsMatch(line) || !TextShape.EndsLikeSentence(line);
    }

    private static bool LeadsOn(string line) => line[^1] is ':' or '—' or '–';

    // A row of menu items: several short parts split by separators, none of them a sentence.
    private static bool IsNavigationRow(string line)
    {
        if (line.IndexOfAny(NavSeparators) < 0) return false;
        var parts = line.Split(NavSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        // A one-word part may end in a full stop: a wordmark ("euronews.") or "More.", not a sentence.
        return parts.Length >= 3 && parts.All(p => TextShape.WordCount(p) is var n && n <= 3 && (n == 1 || !TextShape.EndsLikeSentence(p)));
    }

    private static readonly char[] NavSeparators = ['|', '•', '·', '»', '›', '>'];

    // "Share this: Facebook Twitter WhatsApp": only share targets and their verbs.
    private static bool IsShareRow(string key)
    {
        var any = false;
        foreach (var range in key.AsSpan().SplitAny(" ,|/:·•"))
        {
            var word = key.AsSpan(range);
            if (word.IsEmpty) continue;
            if (!ShareWords.Contains(word)) return false;
            any = true;
        }
        return any;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ShareWords =
        new HashSet<string>(StringComparer.Ordinal)
        {
            "share", "shares", "this", "article", "story", "post", "on", "via", "tweet", "facebook", "twitter", "x",
            "whatsapp", "telegram", "linkedin", "pinterest", "reddit", "email", "e-mail", "mail", "print", "viber",
            "vk", "messenger", "flipboard", "threads", "bluesky", "instagram", "pocket", "sms", "copy", "link", "url",
        }.GetAlternateLookup<ReadOnlySpan<char>>();

    // Phrases that mark a short label line as a photo credit wherever they stand in it.
    private static readonly SearchValues<string> CreditPhrases = SearchValues.Create(
        ["getty images", "shutterstock", "depositphotos", "ap photo", "afp via getty"],
        StringComparison.Ordinal);

    private static readonly HashSet<string> Widgets = new(StringComparer.Ordinal)
    {
        // share and save
        "share", "share this", "share this article", "share this story", "share this post", "share article",
        "share on facebook", "share on twitter", "share on x", "share on whatsapp", "share via email", "share via",
        "tweet", "email", "e-mail", "print", "copy link", "copy url", "link copied", "save", "save article", "bookmark",
        "listen", "listen to this article", "listen to article", "font size", "text size",
        "photo", "photos", "video", "gallery", "image", "source", "credit", "credits", "note from the author",
        "note from the editor", "editor's note",
        // comments and accounts
        "subscribe", "subscribe now", "unsubscribe", "notify of", "guest", "inline feedbacks", "view all comments",
        "hide comments", "load more comments", "newest", "oldest", "most voted", "reply",
        "login", "log in", "sign in", "sign up", "register", "log out", "logout",
        // site chrome
        "connect with us", "follow us", "stay connected", "hi, what are you looking for?", "what are you looking for?",
        "search", "search for", "type to search", "menu", "main menu", "home", "skip to content", "skip to main content",
        "toggle navigation", "close", "back to top", "next article", "previous article", "next post", "previous post",
        "next story", "previous story", "go to comments", "jump to comments", "loading", "loading...",
        // advertising
        "advertisement", "advertisements", "advert", "ad", "ads", "sponsored", "sponsored content", "sponsored links",
        "promoted", "promoted content", "paid content", "partner content", "paid post",
        "scroll to continue with content", "continue reading below", "story continues below",
        "story continues below advertisement", "article continues below", "article continues below advertisement",
        "article continues after advertisement", "advertisement - scroll to continue",
    };

    private static readonly HashSet<string> TeaserMarkers = new(StringComparer.Ordinal)
    {
        "read more", "read also", "also read", "see also", "also see", "related", "related article", "related story",
        "more on this", "more on this story", "further reading", "must read", "recommended reading",
        "suggested reading", "related reading", "read", "watch", "keep reading",
    };

    private static readonly HashSet<string> EndHeaders = new(StringComparer.Ordinal)
    {
        "related news", "related articles", "related stories", "related posts", "related content", "related topics",
        "related coverage", "related links", "more coverage", "you may also like", "you might also like", "you may like", "you might like",
        "you may be interested in", "you may also be interested in", "you might be interested in",
        "more stories", "more news", "more articles", "recommended", "recommended for you", "recommended stories",
        "recommended articles", "most read", "most popular", "most viewed", "popular posts", "popular news",
        "popular stories", "trending", "trending now", "trending news", "trending stories", "read next",
        "what to read next", "latest stories", "latest news", "latest articles", "latest posts", "don't miss",
        "editor's picks", "editors' picks", "top stories", "other news", "more on this topic",
        "click to comment", "leave a comment", "leave a reply", "post a comment", "add a comment", "add comment",
        "write a comment", "comments", "show comments", "load comments", "no comments", "be the first to comment",
        "join the conversation", "discussion",
    };

    // "Accept cookies?", "We use cookies to improve your experience … [Accept all]", "Manage cookie preferences".
    [GeneratedRegex(@"\b(?:accept|allow|reject|manage|use|uses|using)\b(?:\s+\w+){0,3}\s+cookies?\b|\bcookies?\s+(?:settings|preferences|policy|consent|notice)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CookieNotice();

    [GeneratedRegex(@"^(?:\d+ comments?|comments?\s*[(:]?\s*\d+\)?|(?:more|other|latest) (?:news|stories|articles|posts) (?:from|in|on|by) .{1,40}|more from .{1,40}|also on .{1,30})$",
        RegexOptions.CultureInvariant)]
    private static partial Regex EndHeaderPattern();

    // "Latest on Ukraine", "More about the war", "DW recommends" over a list of other stories' headlines.
    [GeneratedRegex(@"^(?:(?:more|latest) (?:on|about) .{1,40}|(?:[\w.'&-]+ ){1,3}recommends)$", RegexOptions.CultureInvariant)]
    private static partial Regex TeaserMarkerPattern();

    // "READ MORE: US must get out of Ukraine", "Watch: ...", "Related: ..."
    [GeneratedRegex(@"^[\s•·»›>*#▶►-]*(?:(?:read more|read also|also read|see also|also see|related|related articles?|related stor(?:y|ies)|must read|further reading|more on this(?: story)?)\s*[:|»›>–—]+|(?:watch|listen|recommended|suggested)\s*:)\s*\S",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TeaserLine();

    [GeneratedRegex(@"^(?:if you (?:notice|find|found|spot|see|have found) (?:an? |any )?(?:error|mistake|typo|inaccuracy|spelling)|(?:found|spotted|notice) (?:an? )?(?:error|mistake|typo))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EditorNoticeStart();

    // "Updated at 23.41 BST", "Last updated 10:05 GMT", "First published on Thu 12 Sep 2024 18.02 BST": a time stamp, not text.
    [GeneratedRegex(@"^(?:last |first )?(?:updated|published|modified)(?: at| on)? [\w ,.:]*\d[\w ,.:]*$", RegexOptions.CultureInvariant)]
    private static partial Regex UpdateStamp();

    [GeneratedRegex(@"ctrl\s*\+\s*enter", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CtrlEnter();

    [GeneratedRegex(@"report (?:it|this|an error|a mistake) to (?:the |our )?editor", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReportToEditor();

    [GeneratedRegex(@"^[\d\s.,:/+km]+$|^\d[\d.,]*\s*[km]?\s*(?:views?|comments?|shares?|likes?|reads?|reactions?)$|^\d+\s*(?:min|mins|minute|minutes)(?: read)?$|^reading time\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Counter();

    [GeneratedRegex(@"^(?:join|follow|subscribe|subscribe to|sign up|sign up for|download|install)\s.{0,80}\b(?:whatsapp|telegram|viber|signal|facebook|twitter|instagram|youtube|tiktok|google news|newsletters?|app|channel|group|community|podcast|inbox|alerts|emails|briefing)\b|^(?:follow|find|like) us\b|^get (?:our|the latest)\s.{0,80}\b(?:app|newsletter|inbox|alerts|updates)\b|^click here to (?:join|subscribe|follow|download|get)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Promo();

    [GeneratedRegex(@"^[(\[]?(?:photos?|images?|pictures?|pic|illustration|illustrative (?:photo|image)|file photo|photo credit|image credit|credits?|source|photo source|image source|cover (?:photo|image)|main (?:photo|image)|featured image)\s*(?::|by\b|via\b|courtesy\b|©|/|—|–)|^©",
        RegexOptions.CultureInvariant)]
    private static partial Regex ImageCredit();

    [GeneratedRegex(@"^(?:copyright\b|\(c\)\s*\d{4})|^(?:privacy policy|terms (?:of|and) (?:use|service|conditions)|cookie (?:policy|settings)|about us|contact us|advertise with us|editorial policy|sitemap)$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Footer();

    [GeneratedRegex(@"^(?:tags|topics|related topics|filed under|categories|category|keywords)\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelledList();

    [GeneratedRegex(@"^\(?(?i:(?:additional\s+)?(?:reporting|writing|editing|compiled|research|graphics|translation)\s+by)\s+\p{Lu}",
        RegexOptions.CultureInvariant)]
    private static partial Regex ReportingCredit();

    [GeneratedRegex(@"(?:[;,.]\s*|\s+)(?i:(?:additional\s+)?(?:reporting|writing|editing|compiled|research|graphics|translation)\s+by)\s+\p{Lu}",
        RegexOptions.CultureInvariant)]
    private static partial Regex AnotherCredit();

    [GeneratedRegex(@"^\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}\s+in\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex CorrespondentLine();

    // "By John Smith", "By Jane Doe and Ann Lee, Reuters", "By our political correspondents, Berlin"
    [GeneratedRegex(@"^By\s+(?:\p{Lu}|our\s|staff\b)")]
    private static partial Regex Byline();

    // "by Martin Fornusek and Olena Goncharova": only names after a lower-case "by" (not "by U.S. officials to try").
    [GeneratedRegex(@"^by\s+\p{Lu}[\p{L}.'’-]*(?:(?:\s+|\s*,\s*)(?:\p{Lu}[\p{L}.'’-]*|and|&))*$")]
    private static partial Regex LowerCaseByline();

    // A photo caption ending in its credit: "... in Kyiv on Sept. 19. (Oleksii Chumachenko/Global Images via Getty Images)"
    [GeneratedRegex(@"\((?:[^()]*\p{Lu}[\p{L}.'’-]*\s*/\s*\p{Lu}[^()]*|(?i:photo|image|credit)[^()]*)\)\s*$",
        RegexOptions.CultureInvariant)]
    private static partial Regex CaptionCredit();

    // The site asking for money or members: "Please consider supporting our journalism by becoming a member."
    [GeneratedRegex(@"\b(?:support(?:ing)? our (?:journalism|work|newsroom|reporting)|consider supporting (?:us|our)\b|becoming a (?:paying )?(?:member|subscriber|patron|supporter)(?!\s+of\b)|donate to (?:us|our)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SupportAppeal();

    // A site describing itself: "We're dedicated to providing you the most authenticated news."
    [GeneratedRegex(@"^(?:(?:we['’]re|we are) (?:dedicated|committed|passionate|proud|working|here|a team|an? (?:independent|online))|our (?:mission|goal|aim) is)\b(?=.*\b(?:you|your|readers|audience)\b).*\b(?:news|portal|journalism|website)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AboutBlurb();
}
