using System.Text.RegularExpressions;

namespace Briefing.News.Transcripts;

/// <summary>
/// Reads speaker turns in transcripts and interviews: "Q" (or "Q:", "QUESTION:") opens a reporter's question; an
/// upper-case label and a colon ("MS. JEAN-PIERRE:", "THE PRESIDENT:", "SECRETARY BLINKEN:", "MODERATOR:") opens a
/// turn that lasts until the next label. The one place both the topic classifier and the summariser learn who says a
/// sentence and whether it only asks.
/// </summary>
public static partial class SpeakerTurns
{
    // Upper-case lines with a colon that head a document or a section rather than open a turn.
    private static readonly HashSet<string> NotSpeakers = new(StringComparer.Ordinal)
    {
        "FACT SHEET", "SUBJECT", "NOTE", "UPDATE", "UPDATED", "EMBARGOED", "CORRECTION", "WATCH", "READ MORE", "RELATED",
        "BACKGROUND", "WHAT", "WHEN", "WHERE", "WHO", "WHY", "FOR IMMEDIATE RELEASE", "PHOTOS", "VIDEO", "ALSO",
    };

    /// <summary>Each sentence (in reading order, as split from the page's paragraphs) with its turn.</summary>
    public static IReadOnlyList<SpokenSentence> Read(IReadOnlyList<string> sentences)
    {
        var result = new List<SpokenSentence>(sentences.Count);
        // One upper-case "NOTE:" or "UKRAINE:" does not make a transcript: it takes a reporter's "Q" or two labels.
        var labels = sentences.Select(s => TryLabel(s.Trim(), out var l, out _) ? l : null).OfType<string>().ToList();
        if (!labels.Contains("Q") && labels.Count < 2)
        {
            foreach (var sentence in sentences) result.Add(new SpokenSentence(sentence.Trim(), null, false));
            return result;
        }
        string? label = null;
        var asking = false;
        foreach (var sentence in sentences)
        {
            var text = sentence.Trim();
            if (TryLabel(text, out var opened, out var rest))
            {
                label = opened;
                asking = IsAsking(opened);
                text = rest;
            }
            while (label is not null && MidSentenceLabel(text) is { } inner)
            {
                // "Q … how did it go? — THE PRESIDENT: Sure.": the part before the label is the old turn's.
                result.Add(new SpokenSentence(text[..inner.Index].TrimEnd(' ', '—', '–', '-'), label, asking));
                label = Normalize(inner.Groups["label"].Value);
                asking = IsAsking(label);
                text = text[(inner.Index + inner.Length)..].TrimStart();
            }
            if (text.Length > 0) result.Add(new SpokenSentence(text, label, asking));
        }
        return result;
    }

    /// <summary>Whether a label is a reporter's or a moderator's: what follows it is not a point of the page.</summary>
    public static bool IsAsking(string label) =>
        label is "Q" or "QUESTION" or "AUDIENCE" or "AUDIENCE MEMBER" || label.Contains("MODERATOR", StringComparison.Ordinal)
        || label.Contains("OPERATOR", StringComparison.Ordinal) || label.StartsWith("REPORTER", StringComparison.Ordinal);

    private static bool TryLabel(string text, out string label, out string rest)
    {
        label = "";
        rest = text;
        if (text.Length < 2 || !char.IsUpper(text[0])) return false;
        var q = QuestionLabel().Match(text);
        if (q.Success)
        {
            label = "Q";
            rest = text[q.Length..].TrimStart();
            return true;
        }
        var m = LeadingLabel().Match(text);
        if (!m.Success) return false;
        var name = Normalize(m.Groups["label"].Value);
        if (NotSpeakers.Contains(name)) return false;
        label = name;
        rest = text[m.Length..].TrimStart();
        return true;
    }

    private static Match? MidSentenceLabel(string text)
    {
        if (!text.Contains(':')) return null;
        var m = InnerLabel().Match(text);
        return m.Success && m.Index > 0 && !NotSpeakers.Contains(Normalize(m.Groups["label"].Value)) ? m : null;
    }

    private static string Normalize(string label) => WhiteSpace().Replace(label.Trim(), " ").Replace('’', '\'');

    // "Q", "Q:", "Q.", "QUESTION:" and the text after it ("Q    Did you …").
    [GeneratedRegex(@"^(?:Q(?:[:.]|\s)|QUESTION:)\s*")]
    private static partial Regex QuestionLabel();

    // An upper-case name of one to five words with its honorific, then a colon: "MS. JEAN-PIERRE:", "THE PRESIDENT:",
    // "PRIME MINISTER SUNAK:", "DR. SHERWOOD-RANDALL:", "SENIOR ADMINISTRATION OFFICIAL:".
    [GeneratedRegex(@"^(?<label>(?:[A-Z]{1,4}\.\s*)?[A-Z][A-Z'’\-]+(?:\s+[A-Z][A-Z'’\-.]*){0,4})\s*(?:\([^)]{1,40}\)\s*)?:\s*")]
    private static partial Regex LeadingLabel();

    [GeneratedRegex(@"(?<=[—–\-.?!]\s*)(?<label>(?:[A-Z]{1,4}\.\s*)?(?:THE\s+)?[A-Z][A-Z'’\-]+(?:\s+[A-Z][A-Z'’\-]+){0,3}):\s+")]
    private static partial Regex InnerLabel();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
