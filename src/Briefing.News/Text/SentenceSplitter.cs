using System.Buffers;
using System.Runtime.CompilerServices;
namespace Briefing.News.Text;

/// <summary>
/// Splits text into sentences for the topic classifier and the summariser. A stop ends a sentence only when
/// whitespace and a sentence start follow it, and not after an abbreviation (Mr., Gen., Jan. 5, No. 3),
/// an initial (Donald J. Trump) or a dotted acronym (U.S., U.N.) that runs on into the sentence.
/// Line breaks end headings that have no stop.
/// </summary>
public static class SentenceSplitter
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static IReadOnlyList<string> Split(string text)
    {
        var sentences = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            // Only line breaks and stops can end a sentence: jump to the next one (a vectorised search).
            var skip = text.AsSpan(i).IndexOfAny(Breaks);
            if (skip < 0) break;
            i += skip;
            var c = text[i];
            if (c == '\n')
            {
                if (LineBreakEndsSentence(text, i)) { Add(sentences, text, start, i); start = i + 1; }
                continue;
            }
            if (!IsStop(c)) continue;

            var end = i + 1;
            while (end < text.Length && IsStop(text[end])) end++;          // "?!", "..."
            while (end < text.Length && IsCloser(text[end])) end++;        // the quote or bracket closes after the stop
            if (end < text.Length && !char.IsWhiteSpace(text[end])) { i = end - 1; continue; }   // 3.5, U.S.-led, "no."

            var next = end;
            while (next < text.Length && char.IsWhiteSpace(text[next]) && text[next] != '\n') next++;
            var boundary = next >= text.Length || text[next] == '\n'
                           || (StartsSentence(text, next) && !(c == '.' && end - i == 1 && RunsOn(text, i, next)));
            if (!boundary) { i = end - 1; continue; }
            Add(sentences, text, start, end);
            start = end;
            i = end - 1;
        }
        Add(sentences, text, start, text.Length);
        return sentences;
    }

    private static void Add(List<string> sentences, string text, int start, int end)
    {
        var sentence = text[start..end].Trim();
        if (sentence.Length > 0) sentences.Add(sentence);
    }

    private static readonly SearchValues<char> Breaks = SearchValues.Create("\n.!?…");

    private static bool IsStop(char c) => c is '.' or '!' or '?' or '…';

    private static bool IsCloser(char c) => c is '"' or '\'' or '”' or '’' or ')' or ']' or '»';

    private static bool IsOpener(char c) => c is '"' or '\'' or '“' or '‘' or '(' or '[' or '«' or '`';

    private static bool StartsSentence(string text, int at)
    {
        while (IsOpener(text[at]) && at + 1 < text.Length) at++;   // "“", "``"
        return char.IsUpper(text[at]) || char.IsDigit(text[at]);
    }

    // A blank line always ends a sentence; a single line break does unless the next line carries on in lower case
    // or the line ends on a comma or hyphen (hard-wrapped text).
    private static bool LineBreakEndsSentence(string text, int newline)
    {
        var next = newline + 1;
        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            if (text[next] == '\n') return true;
            next++;
        }
        if (next >= text.Length) return true;
        var before = newline - 1;
        while (before >= 0 && char.IsWhiteSpace(text[before])) before--;
        if (before >= 0 && text[before] is ',' or '-' or ';') return false;
        return !char.IsLower(text[next]);
    }

    // Whether the word before the period at dot is an abbreviation that the sentence runs on after.
    private static bool RunsOn(string text, int dot, int next)
    {
        var wordStart = dot;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.')) wordStart--;
        var word = text.AsSpan(wordStart, dot - wordStart).TrimStart('.');
        if (word.IsEmpty) return false;
        var lower = word.ToString().ToLowerInvariant();
        var nextIsDigit = char.IsDigit(text[next]);

        if (lower is "e.g" or "i.e" or "cf" or "vs" || Titles.Contains(lower)) return true;
        if (nextIsDigit && NumberedAbbreviations.Contains(lower)) return true;     // Jan. 5, No. 3, Sept. 24
        var acronym = word.Contains('.') || (word.Length == 1 && char.IsUpper(word[0]));
        if (acronym || Trailing.Contains(lower)) return !NextWordStartsSentence(text, next);   // U.S. President / in the U.S. The
        return false;
    }

    // After an acronym or initial, only a word that typically opens a sentence means a new one has begun.
    private static bool NextWordStartsSentence(string text, int next)
    {
        if (IsOpener(text[next])) return true;
        var end = next;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        return SentenceOpeners.Contains(text[next..end]);
    }

    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm", "gov", "sen", "rep",
        "st", "rev", "hon", "pres", "amb", "cmdr", "brig", "fr", "mt", "ft", "messrs", "mme", "mlle", "sec", "atty", "supt",
    };

    private static readonly HashSet<string> NumberedAbbreviations = new(StringComparer.Ordinal)
    {
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "no", "nos", "vol", "fig", "p", "pp", "art", "para", "ch", "sec", "pt",
    };

    // Abbreviations that may end a sentence as well as run on: "Inc.", "Jr.", "etc.", "et al."
    private static readonly HashSet<string> Trailing = new(StringComparer.Ordinal)
    {
        "inc", "ltd", "corp", "co", "jr", "sr", "etc", "al", "approx", "dept", "est",
    };

    private static readonly HashSet<string> SentenceOpeners = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There",
        "But", "And", "Or", "So", "Yet", "Still", "However", "Meanwhile", "In", "On", "At", "For", "After", "Before",
        "When", "While", "If", "As", "According", "His", "Her", "Their", "Its", "Our", "Some", "Many", "Other",
        "Others", "What", "Why", "How", "Who", "Then", "Now", "Both", "Such", "One", "Two", "No", "Not", "Last", "Next",
        "By", "From", "With", "During", "Since", "Despite", "Although", "Because", "Until", "Among", "Only", "Even",
        "Most", "All", "Each", "Every", "Several", "Asked",
    };
}
