using System.Text.RegularExpressions;

namespace Briefing.News.Summaries;

/// <summary>Decides whether a sentence can stand alone as a digest point, read out of its article.</summary>
public static partial class SentenceFilter
{
    private const int MinWords = 7;
    private const int MaxWords = 60;

    // Openers that only make sense after the sentence before them (contrast, continuation, pronoun reference).
    private static readonly HashSet<string> ContextOpeners = new(StringComparer.Ordinal)
    {
        "however", "but", "and", "or", "so", "also", "yet", "still", "instead", "nevertheless", "nonetheless",
        "moreover", "furthermore", "additionally", "besides", "meanwhile", "thus", "therefore", "hence",
        "otherwise", "similarly", "likewise", "then", "this", "that", "these", "those", "it", "its", "they",
        "them", "their", "he", "she", "his", "her", "him", "such", "another", "both", "neither", "either",
        // An item of a spoken list ("Second is …") needs the list.
        "second", "secondly", "third", "thirdly", "fourth", "finally", "lastly", "next",
    };

    private static readonly string[] ContextPhrases =
    [
        "in addition", "at the same time", "as a result", "on the other hand", "in turn", "in response",
        "the latter", "the former", "the same", "for his part", "for her part", "for their part", "even so",
        "by contrast", "in contrast", "to that end", "after that", "one of them", "some of them",
        "according to the outlet", "according to the report", "according to the agency", "according to the newspaper",
        "according to the publication", "according to the sources", "according to him", "according to her",
    ];

    public static SentenceRejection Check(string sentence)
    {
        var text = sentence.Trim();
        // Cheap checks first: this runs on every sentence of the window.
        if (text.EndsWith('?') || QuestionEnd().IsMatch(text)) return SentenceRejection.Question;
        var words = WordsOf(text);
        if (words.Count < MinWords || words.Count > MaxWords || !FinalPunctuation().IsMatch(text) || !HasLowerCaseWord(text, words))
            return Furniture().IsMatch(text) ? SentenceRejection.Furniture : SentenceRejection.Fragment;
        if (Furniture().IsMatch(text)) return SentenceRejection.Furniture;
        // A sentence starting in lower case is the tail of a list or a quotation cut from its lead-in.
        if (char.IsLower(text[0])) return SentenceRejection.Fragment;
        if (CaptionCredit().IsMatch(text)) return SentenceRejection.Caption;
        if (IsQuoteOnly(text)) return SentenceRejection.QuoteOnly;
        if (LeansOnContext(text, words)) return SentenceRejection.LeansOnContext;
        return SentenceRejection.None;
    }

    // Word positions rather than word strings: this runs on every sentence and most need only the count.
    private static List<Range> WordsOf(string text, int from = 0)
    {
        var words = new List<Range>();
        var start = -1;
        for (var i = from; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || (start >= 0 && text[i] is '\'' or '’' or '-'));
            if (inWord) { if (start < 0) start = i; continue; }
            if (start >= 0) { words.Add(start..i); start = -1; }
        }
        return words;
    }

    // A heading or caption in title case has few lower-case words; prose has many.
    private static bool HasLowerCaseWord(string text, List<Range> words) =>
        words.Count(w => char.IsLower(text[w.Start])) * 3 >= words.Count;

    // A line that is all quotation with no one named as saying it: the reader cannot tell whose words they are.
    private static bool IsQuoteOnly(string text)
    {
        if (text.Length == 0 || !IsOpeningQuote(text[0])) return false;
        var close = LastClosingQuote(text);
        if (close <= 0) return true;
        return WordsOf(text, close + 1).Count < 2;
    }

    private static bool IsOpeningQuote(char c) => c is '"' or '“' or '«' or '‘' || c == '`' || c == '\'';

    private static int LastClosingQuote(string text)
    {
        for (var i = text.Length - 1; i > 0; i--)
            if (text[i] is '"' or '”' or '»' or '’' || (text[i] == '\'' && i > 0 && text[i - 1] == '\''))
                return i;
        return -1;
    }

    private static bool LeansOnContext(string text, List<Range> words)
    {
        // "They’ll", "That's": the word before the apostrophe.
        var first = text[words[0]].Split('\'', '’')[0].ToLowerInvariant();
        if (ContextOpeners.Contains(first)) return true;
        var opening = text[words[0].Start..words[Math.Min(4, words.Count - 1)].End].ToLowerInvariant();
        return ContextPhrases.Any(p => opening.StartsWith(p, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"[.!…](\s*[""”’»')\]]+)?$")]
    private static partial Regex FinalPunctuation();

    [GeneratedRegex(@"\?\s*[""”’»')]*$")]
    private static partial Regex QuestionEnd();

    [GeneratedRegex(@"^(photo|image|picture|video|credit|file photo|illustration)\s*[:|/]|\b(getty images|shutterstock|ap photo|afp photo|reuters/|photo credit|©)|\((photo|image|picture)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CaptionCredit();

    [GeneratedRegex(@"\b(click|tap) (here|to)\b|\bsubscribe\b|\bsign up\b|\bfollow us\b|\bread more\b|\bshare (this|on)\b|\bpress ctrl\b|\breport it to the editors\b|\badvertisement\b|\bcookies?\b.*\b(accept|policy)\b|\ball rights reserved\b|\bnewsletter\b|\bcomments?\b.*\b(below|view all|inline)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Furniture();
}
