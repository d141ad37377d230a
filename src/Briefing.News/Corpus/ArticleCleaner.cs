using System.Runtime.CompilerServices;
using Briefing.News.Transcripts;
using Briefing.News.Text;

namespace Briefing.News.Corpus;

/// <summary>Turns a raw page (plain text or HTML) into a <see cref="CleanedArticle"/>.</summary>
public sealed class ArticleCleaner
{
    // An end-of-article marker ("Click to comment", "Related News") only ends the article once this much
    // text is in; before that it is site chrome around the headline.
    private const int WordsBeforeArticleCanEnd = 40;

    // The part of a page where a dateline may stand: before this much article text.
    private const int DatelineZoneWords = 60;

    /// <summary>Cleans a page, reading it as HTML when the file name ends in .html or .htm and as plain text otherwise.</summary>
    /// <param name="seen">When the page was first seen: it places a dateline's "Oct 17" in a year (see <see cref="Dateline.PublishedBy"/>).</param>
    /// <exception cref="PageTooComplexException">An HTML page past the nesting or element budget.</exception>
    public CleanedArticle Clean(string content, string fileName, DateTimeOffset? seen = null)
    {
        var extension = Path.GetExtension(fileName);
        var isHtml = extension.Equals(".html", StringComparison.OrdinalIgnoreCase)
                     || extension.Equals(".htm", StringComparison.OrdinalIgnoreCase);
        return isHtml ? CleanHtml(content, seen) : CleanText(content, seen);
    }

    /// <summary>Cleans a plain-text page: headline, dateline and outlet come from the lines themselves.</summary>
    public CleanedArticle CleanText(string text, DateTimeOffset? seen = null) => Assemble(TextPageReader.Read(text), seen);

    /// <summary>Cleans an HTML page: metadata first (og:title, article:published_time, og:site_name), then the same line rules.</summary>
    /// <exception cref="PageTooComplexException">The page is past the nesting or element budget.</exception>
    public CleanedArticle CleanHtml(string html, DateTimeOffset? seen = null) => Assemble(HtmlPageReader.Read(html), seen);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static CleanedArticle Assemble(ParsedPage page, DateTimeOffset? seen)
    {
        var lines = JoinContinuations(page.Lines);
        var title = page.Title;
        var published = page.Published;
        var outlet = page.Outlet;
        Dateline? dateline = null;
        var i = 0;
        var derivedTitle = false;
        string? masthead = null;

        if (title is null)
        {
            // Before the headline: site chrome, section labels, the outlet's own name, perhaps a dateline.
            for (; i < lines.Count && title is null; i++)
            {
                var text = LiveBlogStamp.Strip(lines[i].Text);
                if (OutletParser.TryParse(text, out var named)) { outlet ??= named; continue; }
                // The page's first line, a short name set apart ("Reuters", "THE KYIV INDEPENDENT", "euronews."), is the
                // site's masthead when a headline follows it.
                if (i == 0 && OutletParser.IsMasthead(text)) { masthead = text; continue; }
                if (PublishedDateParser.TryParseDateLine(text, HeaderDateLabelWords, out var date)) { published ??= date; continue; }
                if (Dateline.TryRead(text, out var opening))
                {
                    dateline ??= opening;
                    outlet ??= opening.Outlet;
                    if (opening.Rest.Length == 0) continue;
                    text = opening.Rest;
                }
                // "Patrick Wintour in Vilnius" over the date line: the correspondent, not a headline.
                if (LineClassifier.IsCorrespondentLine(text) && i + 1 < lines.Count
                    && PublishedDateParser.TryParseDateLine(lines[i + 1].Text, out _)) continue;
                if (LineClassifier.Classify(text) != LineKind.Content) continue;
                // A headline is short, or one sentence, and does not end with a full stop ("Is peace close? Allies doubt
                // it" is still a headline); a lead paragraph does.
                var sentences = SentenceSplitter.Split(text);
                var words = TextShape.WordCount(text);
                if (!EndsWithFullStop(text) && (words <= 15 || (sentences.Count == 1 && words <= 40)))
                {
                    // A masthead, tagline or section label ("The New York Times", "Democracy Dies in Darkness",
                    // "News | Russia-Ukraine war") stands over the headline: the longer headline a few lines down wins.
                    if (!IsHeaderLabel(text, words) || !HeadlineBelow(lines, i, words)) title = text;
                    continue;
                }
                // A wordmark ("euronews.") is not a lead.
                if (words <= 2) continue;
                // No headline line: the page opens with its text. Its first sentence stands in for a title, and the
                // paragraph stays the article's lead.
                title = DerivedTitle(sentences[0]);
                derivedTitle = true;
                i--;
            }
            title ??= "";
            if (masthead is not null && derivedTitle)
            {
                // No headline under it: the short first line was the headline ("President Announces Key Nominations").
                title = masthead;
                derivedTitle = false;
            }
            else if (masthead is not null && title.Length > 0) outlet ??= OutletParser.MastheadName(masthead);
        }

        var headline = TextShape.Comparable(title);
        var kept = new List<PageLine>();
        var lastKept = -1;
        var bodyWords = 0;
        // A dropped line that opened a block ("15.40 GMT", a live-blog entry's label) leaves its block to the next line kept.
        var blockPending = false;
        for (; i < lines.Count; i++)
        {
            blockPending |= lines[i].StartsBlock;
            var line = lines[i] with { Text = LiveBlogStamp.Strip(lines[i].Text) };
            if (!derivedTitle && IsHeadlineRepeat(line.Text, headline)) continue;
            if (bodyWords < DatelineZoneWords && Dateline.TryRead(line.Text, out var opening))
            {
                dateline ??= opening;
                outlet ??= opening.Outlet;
                if (opening.Rest.Length == 0) continue;
                line = line with { Text = opening.Rest };
            }
            if (OutletParser.TryParse(line.Text, out var named)) { outlet ??= named; continue; }
            if ((bodyWords < DatelineZoneWords || LabelledDate(line.Text))
                && PublishedDateParser.TryParseDateLine(line.Text, out var date))
            {
                published ??= date;
                continue;
            }

            switch (LineClassifier.Classify(line.Text))
            {
                case LineKind.Furniture:
                    continue;
                case LineKind.TeaserMarker when TeaserHeadlineAbove(lines, lastKept, i):
                    // "Other story headline" / "Read also": the teaser stood above its marker.
                    bodyWords -= TextShape.WordCount(kept[^1].Text);
                    kept.RemoveAt(kept.Count - 1);
                    lastKept = -1;
                    continue;
                case LineKind.TeaserMarker:
                    i = EndOfTeaser(lines, i + 1) - 1;
                    continue;
                case LineKind.EndOfArticle when bodyWords >= WordsBeforeArticleCanEnd:
                    i = lines.Count;
                    continue;
                case LineKind.EndOfArticle:
                    continue;
                default:
                    kept.Add(line with { StartsBlock = line.StartsBlock || blockPending });
                    blockPending = false;
                    lastKept = i;
                    bodyWords += TextShape.WordCount(line.Text);
                    continue;
            }
        }

        if (outlet is null && BriefingRoom.Published(title, lines)) outlet = BriefingRoom.Outlet;
        // The dateline's day is the publication day only when the page states no date of its own.
        published ??= dateline?.PublishedBy(seen);
        return new CleanedArticle(title, published, outlet, WithoutRepeats(JoinWrappedLines(kept)));
    }

    // Above the headline, a date line may carry a label of this many words ("News feed | 28 May 2024"); a longer one is
    // the headline ("Department Press Briefing – March 12, 2024").
    private const int HeaderDateLabelWords = 2;

    // How far below a header label its headline may stand, in lines, and how short a label is.
    private const int HeaderLines = 4;
    private const int HeaderLabelWords = 6;
    private const int HeadlineWords = 7;

    // A short line in title case ("Independent News From Russia"; every word of four letters or more capitalised),
    // or split by a separator ("News | Russia-Ukraine war", "Live: World Economic Forum Davos 2024").
    private static bool IsHeaderLabel(string text, int words)
    {
        if (words > HeaderLabelWords) return false;
        if (text.Contains(" | ", StringComparison.Ordinal)) return true;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var letters = word.Count(char.IsLetter);
            if (letters >= 4 && !char.IsUpper(word.First(char.IsLetter))) return false;
        }
        return true;
    }

    // The first line of text within the next few lines is a headline: longer than the label, at least HeadlineWords
    // words, not a sentence, ending on a word, a figure or a quote. A turn of a transcript ("THE PRESIDENT: …") or a
    // lead cut short ("… to serve in key roles:") or wrapped onto the next line is text, and the label was the headline
    // after all.
    private static bool HeadlineBelow(IReadOnlyList<PageLine> lines, int label, int labelWords)
    {
        for (var j = label + 1; j < lines.Count && j <= label + HeaderLines; j++)
        {
            var text = lines[j].Text;
            if (LineClassifier.Classify(text) != LineKind.Content) continue;
            var words = TextShape.WordCount(text);
            var wrapped = j + 1 < lines.Count && !lines[j + 1].StartsBlock;
            if (IsHeaderLabel(text, words) && !wrapped) continue;   // a tagline, then a section label
            // Ending on a word or figure, it does not end with a full stop.
            return words >= HeadlineWords && words > labelWords && words <= 40 && EndsOnWord(text)
                   && !wrapped && !SpeakerTurns.StartsWithLabel(text);
        }
        return false;
    }

    private static bool EndsOnWord(string text) =>
        text.TrimEnd('"', '\'', '”', '’', ' ') is { Length: > 0 } trimmed && char.IsLetterOrDigit(trimmed[^1]);

    private const int DerivedTitleWords = 14;

    // The lead's first sentence, cut at a word boundary when long: a title to list the article by, not its text.
    private static string DerivedTitle(string sentence)
    {
        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= DerivedTitleWords ? sentence : string.Join(' ', words.Take(DerivedTitleWords)).TrimEnd(',', ';', ':', '—', '–') + "…";
    }

    private static bool EndsWithFullStop(string text)
    {
        var i = text.Length - 1;
        while (i >= 0 && text[i] is '"' or '\'' or '”' or '’' or ')' or ' ') i--;
        return i > 0 && text[i] == '.' && !char.IsUpper(text[i - 1]);   // "U.S." or "Jr." may end a headline
    }

    private static bool LabelledDate(string text) =>
        text.StartsWith("Published", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("Posted", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("Updated", StringComparison.OrdinalIgnoreCase);

    // The headline again, or with a short tail: "Headline - 1" under a photo, "Headline | Outlet".
    private static bool IsHeadlineRepeat(string text, string headline)
    {
        if (headline.Length == 0 || text.Length > headline.Length * 2 + 40) return false;
        var line = TextShape.Comparable(text);
        if (line == headline) return true;
        return line.Length > headline.Length && line.StartsWith(headline + " ", StringComparison.Ordinal)
               && TextShape.WordCount(line[headline.Length..]) <= 3;
    }

    /// <summary>
    /// Where the teaser after a "Read more" marker ends. A teaser has a headline: the block after the marker
    /// when it holds one (caption and headline on adjacent lines), or a lone caption followed by a lone headline.
    /// Anything else after the marker is article text and stays.
    /// </summary>
    private static int EndOfTeaser(IReadOnlyList<PageLine> lines, int start)
    {
        if (start >= lines.Count) return start;
        var end = BlockEnd(lines, start);
        var hasHeadline = false;
        for (var j = start; j < end; j++)
        {
            if (TextShape.WordCount(lines[j].Text) > 40) return start;   // a real paragraph, not a teaser
            hasHeadline |= IsHeadlineLike(lines[j].Text);
        }
        if (hasHeadline) return EndOfHeadlineList(lines, end);
        if (end - start == 1 && end < lines.Count)
        {
            var next = BlockEnd(lines, end);
            if (next - end == 1 && IsHeadlineLike(lines[end].Text)) return next;
        }
        return start;
    }

    // A teaser list goes on while each next block is one headline ("Related" over "- What's in the agreement",
    // "- Putin sets out his terms"): a list of other stories, not the article.
    private static int EndOfHeadlineList(IReadOnlyList<PageLine> lines, int end)
    {
        while (end < lines.Count)
        {
            var next = BlockEnd(lines, end);
            if (next - end != 1 || !IsHeadlineLike(lines[end].Text)) break;
            end = next;
        }
        return end;
    }

    // The marker closes a block whose line above it (still kept) is a headline: the teaser came first.
    private static bool TeaserHeadlineAbove(IReadOnlyList<PageLine> lines, int lastKept, int marker)
    {
        if (lastKept < 0 || lines[marker].StartsBlock || !IsHeadlineLike(lines[lastKept].Text)) return false;
        for (var j = lastKept + 1; j <= marker; j++)
            if (lines[j].StartsBlock) return false;
        return true;
    }

    // A headline: a few words, no closing stop (a question is a headline: "Zelensky dismisses Zaluzhnyi: what next?"),
    // not a lead-in ("He wrote:").
    private static bool IsHeadlineLike(string text)
    {
        var words = TextShape.WordCount(text);
        return words is >= 3 and <= 20 && (!TextShape.EndsLikeSentence(text) || IsQuestionHeadline(text))
               && text[^1] is not (':' or '—' or '–' or ',');
    }

    private static bool IsQuestionHeadline(string text) =>
        text.TrimEnd('"', '\'', '”', '’', ')', ' ').EndsWith('?') && SentenceSplitter.Split(text).Count == 1;

    private static int BlockEnd(IReadOnlyList<PageLine> lines, int start)
    {
        var j = start + 1;
        while (j < lines.Count && !lines[j].StartsBlock) j++;
        return Math.Min(j, lines.Count);
    }

    // Hard-wrapped text: a line that carries on in lower case (or with a number) from a line cut short is one line with it,
    // before any rule judges the fragment on its own ("wildly popular —" is not a menu item).
    private static List<PageLine> JoinContinuations(IReadOnlyList<PageLine> lines)
    {
        var joined = new List<PageLine>(lines.Count);
        foreach (var line in lines)
        {
            // A number carries on only when it closes the sentence ("...in April\n1949."), not as a counter ("0 Comments").
            var carriesOn = char.IsLower(line.Text[0]) || (char.IsDigit(line.Text[0]) && TextShape.EndsLikeSentence(line.Text));
            if (!line.StartsBlock && joined.Count > 0 && carriesOn && IsCutShort(joined[^1].Text) && !LineClassifier.IsByline(line.Text))
                joined[^1] = joined[^1] with { Text = joined[^1].Text + " " + line.Text };
            else joined.Add(line);
        }
        return joined;
    }

    // After furniture is gone, a sentence still broken across lines of one block is one paragraph again.
    private static List<string> JoinWrappedLines(List<PageLine> lines)
    {
        var paragraphs = new List<string>();
        foreach (var line in lines)
        {
            // A line going on in lower case continues whatever the last line ended on short of a stop: transcripts wrap
            // after a name or a dash ("supporting for NATO / membership for Ukraine?", "the as- — / and the aspirant").
            var continues = !line.StartsBlock && paragraphs.Count > 0
                            && ((IsCutShort(paragraphs[^1]) && TextShape.WordCount(paragraphs[^1]) >= 8)
                                || (char.IsLower(line.Text[0]) && !TextShape.EndsLikeSentence(paragraphs[^1])));
            if (continues) paragraphs[^1] += " " + line.Text;
            else paragraphs.Add(line.Text);
        }
        return paragraphs;
    }

    // A line that stops mid-sentence: no stop, and it ends on a lower-case word, a number or a comma
    // (a heading ends on a capitalised word often enough, and a heading is short).
    private static bool IsCutShort(string text)
    {
        if (TextShape.EndsLikeSentence(text)) return false;
        var last = text[^1];
        return char.IsLower(last) || char.IsDigit(last) || last is ',' or ';';
    }

    // Pages repeat themselves: a paragraph twice, or a standfirst near the top that reappears inside the body.
    // Only the first few paragraphs are checked for containment, which keeps this linear on huge pages.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<string> WithoutRepeats(List<string> paragraphs)
    {
        const int standfirstZone = 3;
        var keys = paragraphs.Select(TextShape.Comparable).ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string>(paragraphs.Count);
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var key = keys[i];
            // Short lines recur in real text ("Go ahead." in a transcript); only a whole paragraph twice is a repeat.
            if (TextShape.WordCount(key) >= 8 && !seen.Add(key)) continue;
            var restated = i < standfirstZone && TextShape.WordCount(key) >= 10
                           && keys.Where((other, j) => j != i && other.Length > key.Length)
                               .Any(other => other.Contains(key, StringComparison.Ordinal));
            if (!restated) result.Add(paragraphs[i]);
        }
        return result;
    }
}
