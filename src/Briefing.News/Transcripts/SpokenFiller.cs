using System.Text.RegularExpressions;

namespace Briefing.News.Transcripts;

/// <summary>
/// Spoken filler at the start of a sentence ("Look,", "Well, as you know,", "So,") is left out of a point, and a
/// sentence that stumbles over itself ("we're going to let — we're going to let the Ukrainians", "the President has —
/// he just had a call") is not one.
/// </summary>
public static partial class SpokenFiller
{
    /// <summary>The sentence without its leading filler, starting with a capital letter; the rest is the page's own words.</summary>
    public static string Strip(string sentence)
    {
        // A closing aside ("…with more than 20 countries, as I mentioned before.") goes the same way.
        var tail = TrailingFiller().Match(sentence);
        if (tail.Success && tail.Index > 20) sentence = sentence[..tail.Index] + tail.Groups["stop"].Value;
        var m = LeadingFiller().Match(sentence);
        if (!m.Success || m.Length == 0 || m.Length >= sentence.Length - 10) return sentence;
        var rest = sentence[m.Length..];
        return char.IsLower(rest[0]) ? char.ToUpperInvariant(rest[0]) + rest[1..] : rest;
    }

    /// <summary>
    /// A spoken sentence without the "And" or "But" a speaker opens with out of habit ("And NATO will be in Ukraine’s
    /// future."): in a turn it joins the speaker's own last words, not an argument the reader needs.
    /// </summary>
    public static string StripSpokenConjunction(string sentence)
    {
        var m = SpokenConjunction().Match(sentence);
        if (!m.Success || m.Length >= sentence.Length - 10) return sentence;
        var rest = sentence[m.Length..];
        return char.IsLower(rest[0]) ? char.ToUpperInvariant(rest[0]) + rest[1..] : rest;
    }

    /// <summary>
    /// Whether the speaker breaks off and starts again across a dash, a transcript's false start: the same words
    /// repeated, or a clause left at a word that cannot end one ("has", "the", "to") and begun again with a subject.
    /// </summary>
    public static bool Stumbles(string sentence) =>
        (sentence.Contains('—', StringComparison.Ordinal) || sentence.Contains(" -- ", StringComparison.Ordinal))
            && (SelfRepeat().IsMatch(sentence) || Restart().IsMatch(sentence));

    [GeneratedRegex(@"^(?:(?:and|but|so|well|look|now|okay|ok|oh|yeah|yes|no|listen|again|sure|right|um|uh|you know|i mean|as you know|as i said|as i've said|like i said|first of all|so look|and look|well look|and so|and again)\s*[,—–]\s*)+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingFiller();

    [GeneratedRegex(@",\s*(?:as I (?:mentioned|said|noted|indicated)(?: (?:before|earlier|already|a moment ago|at the top|last week|yesterday))?|as I(?:['’]ve| have) (?:said|mentioned)(?: before)?|as you know|you know|I think|if you will)\s*(?<stop>[.!])$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingFiller();

    [GeneratedRegex(@"^(?:And|But)\s+(?=\p{L})")]
    private static partial Regex SpokenConjunction();

    [GeneratedRegex(@"\b(\w+(?:['’]\w+)?(?:\s+\w+(?:['’]\w+)?){0,4})\s*(?:—|--)\s*(?:or\s+|and\s+|uh\s+|um\s+)?\1\b", RegexOptions.IgnoreCase)]
    private static partial Regex SelfRepeat();

    [GeneratedRegex(@"\b(?:has|have|had|is|are|was|were|will|would|can|could|should|did|does|do|been|be|the|a|an|to|of|for|with|that|and|but|we['’]re|we['’]ve|it['’]s|he['’]s|she['’]s|they['’]re|i['’]m|i['’]ve)\s*(?:—|--)\s*(?:and\s+|so\s+|uh\s+|um\s+)?(?:he|she|they|we|i|it|you|there|this|that)\b['’]?\w*", RegexOptions.IgnoreCase)]
    private static partial Regex Restart();
}
