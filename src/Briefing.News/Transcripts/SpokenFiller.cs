using System.Text.RegularExpressions;

namespace Briefing.News.Transcripts;

/// <summary>
/// Spoken filler at the start of a sentence ("Look,", "Well, as you know,", "So,") is left out of a point, and a
/// sentence that stumbles over itself ("we're going to let — we're going to let the Ukrainians") is not one.
/// </summary>
public static partial class SpokenFiller
{
    /// <summary>The sentence without its leading filler, starting with a capital letter; the rest is the page's own words.</summary>
    public static string Strip(string sentence)
    {
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

    /// <summary>Whether the speaker repeats themselves across a dash: a transcript's false start.</summary>
    public static bool Stumbles(string sentence) =>
        sentence.Contains('—', StringComparison.Ordinal) || sentence.Contains(" -- ", StringComparison.Ordinal)
            ? SelfRepeat().IsMatch(sentence)
            : false;

    [GeneratedRegex(@"^(?:(?:and|but|so|well|look|now|okay|ok|oh|yeah|yes|no|listen|again|sure|right|um|uh|you know|i mean|as you know|as i said|as i've said|like i said|first of all|so look|and look|well look|and so|and again)\s*[,—–]\s*)+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingFiller();

    [GeneratedRegex(@"^(?:And|But)\s+(?=\p{L})")]
    private static partial Regex SpokenConjunction();

    [GeneratedRegex(@"\b(\w+(?:['’]\w+)?(?:\s+\w+(?:['’]\w+)?){0,4})\s*(?:—|--)\s*(?:or\s+|and\s+|uh\s+|um\s+)?\1\b", RegexOptions.IgnoreCase)]
    private static partial Regex SelfRepeat();
}
