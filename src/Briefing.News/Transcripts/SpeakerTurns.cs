using System.Text.RegularExpressions;
using Briefing.News.Corpus;

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
        var interviewLabels = InterviewLabels(sentences);
        // One upper-case "NOTE:" or "UKRAINE:" does not make a transcript: it takes a reporter's "Q" or two labels.
        var labels = sentences.Select(s => TryLabel(s.Trim(), interviewLabels, out var l, out _) ? l : null).OfType<string>().ToList();
        if (!labels.Contains("Q") && labels.Count < 2)
        {
            foreach (var sentence in sentences) result.Add(new SpokenSentence(sentence.Trim(), null, false));
            return result;
        }
        var interviewers = Interviewers(sentences, interviewLabels);
        string? label = null;
        var asking = false;
        foreach (var sentence in sentences)
        {
            var text = sentence.Trim();
            if (TryLabel(text, interviewLabels, out var opened, out var rest))
            {
                label = opened;
                asking = IsAsking(opened) || interviewers.Contains(opened);
                text = rest;
            }
            else if (asking && AnswerLabel().Match(text) is { Success: true } answer && !text.TrimEnd().EndsWith('?'))
            {
                // A reporter's question ends where a named speaker takes the floor ("Kuhn: …", "SRS Hebestreit: …",
                // "NATO Secretary General: …"), even a name the page uses once; "On Ukraine: will you …?" still asks.
                label = Normalize(answer.Groups["label"].Value);
                asking = false;
                text = text[answer.Length..].TrimStart();
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

    /// <summary>Whether a line opens with a speaker label ("THE PRESIDENT:", "Q", "MS. JEAN-PIERRE:"): a turn, not a headline.</summary>
    internal static bool StartsWithLabel(string text) =>
        QuestionLabel().IsMatch(text) || (LeadingLabel().Match(text) is { Success: true } m && !NotSpeakers.Contains(Normalize(m.Groups["label"].Value)));

    /// <summary>Whether a label is a reporter's or a moderator's: what follows it is not a point of the page.</summary>
    public static bool IsAsking(string label) =>
        label is "Q" or "QUESTION" or "AUDIENCE" or "AUDIENCE MEMBER" || label.Contains("MODERATOR", StringComparison.Ordinal)
        || label.Contains("OPERATOR", StringComparison.Ordinal) || label.StartsWith("REPORTER", StringComparison.Ordinal);

    private const int MaxCasedLabelLength = 48;

    // An interview written in ordinary case ("Tapper: …", "Jake Tapper: …", "President Zelensky: …"): a capitalised
    // name and a colon counts as a label only when the page alternates at least two such names, each at least twice,
    // or one such name with a reporter's "Q" at least twice, so a single "Update:" or "Kyiv:" line stays text.
    private static HashSet<string> InterviewLabels(IReadOnlyList<string> sentences)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            // Most sentences have no colon among their first words: they are passed over without the pattern.
            var colon = sentence.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0 || colon > MaxCasedLabelLength) continue;
            var m = CasedLabel().Match(sentence.Trim());
            // A turn says something; "Putin: no date for Kursk" over a live-blog entry is a headline.
            if (!m.Success || !TextShape.EndsLikeSentence(sentence)) continue;
            var name = Normalize(m.Groups["label"].Value);
            if (!NotSpeakers.Contains(name.ToUpperInvariant())) counts[name] = counts.GetValueOrDefault(name) + 1;
        }
        var repeated = counts.Where(c => c.Value >= 2).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        if (repeated.Count >= 2) return repeated;
        // "Q: … / Zelenskyy: …": one repeated name answering a reporter's repeated "Q" is an interview too.
        var questions = sentences.Count(s => s.Length > 1 && s[0] == 'Q' && QuestionLabel().IsMatch(s));
        return repeated.Count == 1 && questions >= 2 ? repeated : [];
    }

    // The interviewer of a page with named turns: a label most of whose turns (two at least) end in a question.
    private static HashSet<string> Interviewers(IReadOnlyList<string> sentences, HashSet<string> interviewLabels)
    {
        var turns = new Dictionary<string, (int Turns, int Asking)>(StringComparer.Ordinal);
        string? label = null;
        var lastAsks = false;
        void Close()
        {
            if (label is null) return;
            var (n, asking) = turns.GetValueOrDefault(label);
            turns[label] = (n + 1, asking + (lastAsks ? 1 : 0));
        }
        foreach (var sentence in sentences)
        {
            var text = sentence.Trim();
            if (TryLabel(text, interviewLabels, out var opened, out var rest))
            {
                Close();
                label = opened;
                text = rest;
            }
            if (text.Length > 0) lastAsks = text.EndsWith('?') || QuestionEnd().IsMatch(text);
        }
        Close();
        return turns.Where(t => t.Value.Turns >= 2 && t.Value.Asking * 2 > t.Value.Turns).Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
    }

    private static bool TryLabel(string text, HashSet<string> interviewLabels, out string label, out string rest)
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
        if (interviewLabels.Count > 0 && CasedLabel().Match(text) is { Success: true } cased && interviewLabels.Contains(Normalize(cased.Groups["label"].Value)))
        {
            label = Normalize(cased.Groups["label"].Value);
            rest = text[cased.Length..].TrimStart();
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

    // "Q", "Q:", "Q.", "QUESTION:", "Question:", "Follow-up:", with the asker's outlet or not ("Question (Reuters):",
    // "Q (DW):"), and the text after it ("Q    Did you …").
    [GeneratedRegex(@"^(?:(?:Q|QUESTION|Question|Follow-up|FOLLOW-UP)\s*\([^)]{1,40}\)\s*:|Q(?:[:.]|\s)|QUESTION:|Question:|Follow-up:|FOLLOW-UP:)\s*")]
    private static partial Regex QuestionLabel();

    // An upper-case name of one to five words with its honorific, then a colon: "MS. JEAN-PIERRE:", "THE PRESIDENT:",
    // "PRIME MINISTER SUNAK:", "DR. SHERWOOD-RANDALL:", "SENIOR ADMINISTRATION OFFICIAL:".
    [GeneratedRegex(@"^(?<label>(?:[A-Z]{1,4}\.\s*)?[A-Z][A-Z'’\-]+(?:\s+[A-Z][A-Z'’\-.]*){0,4})\s*(?:\([^)]{1,40}\)\s*)?:\s*")]
    private static partial Regex LeadingLabel();

    // A name in ordinary case, one to three capitalised words, then a colon: "Tapper:", "President Zelensky:".
    [GeneratedRegex(@"^(?<label>\p{Lu}[\p{Ll}'’\-]+(?:\s+\p{Lu}[\p{Ll}'’\-.]+){0,2}):\s+")]
    private static partial Regex CasedLabel();

    // In a reporter's turn, a speaker's name in any case (one to five words, the first capitalised, with an honorific
    // or an office) and a colon: "Kuhn:", "SRS Hebestreit:", "NATO Secretary General:", "Minister Sybiha (Ukraine):".
    [GeneratedRegex(@"^(?<label>\p{Lu}[\p{L}'’\-.]*(?:\s+\p{Lu}[\p{L}'’\-.]*){0,4})\s*(?:\([^)]{1,40}\)\s*)?:\s+")]
    private static partial Regex AnswerLabel();

    [GeneratedRegex(@"\?\s*[""”’»)]*$")]
    private static partial Regex QuestionEnd();

    [GeneratedRegex(@"(?<=[—–\-.?!]\s*)(?<label>(?:[A-Z]{1,4}\.\s*)?(?:THE\s+)?[A-Z][A-Z'’\-]+(?:\s+[A-Z][A-Z'’\-]+){0,3}):\s+")]
    private static partial Regex InnerLabel();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
