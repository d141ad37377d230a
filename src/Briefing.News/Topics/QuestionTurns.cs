using System.Text.RegularExpressions;
using Briefing.News.Transcripts;

namespace Briefing.News.Topics;

/// <summary>
/// Marks the sentences that only ask: a reporter's question states no position, and an unanswered one should not make
/// a briefing carry a topic. Turns come from <see cref="SpeakerTurns"/> (a "Q" turn lasts to the next speaker label);
/// outside transcripts, a sentence ending in "?" is a question, and so is one that reports a question without its
/// answer ("a reporter asked whether the president would back Ukraine's membership").
/// </summary>
internal static partial class QuestionTurns
{
    /// <summary>The paragraphs' sentences, in reading order, each marked as a question or not and as in a turn or a quotation or not.</summary>
    public static IReadOnlyList<TokenizedSentence> Tokenize(IReadOnlyList<IReadOnlyList<string>> paragraphs, TopicVocabulary vocabulary)
    {
        var quoted = OwnWords.Mark(paragraphs);
        // Sentences outside any turn come first and one for one with the input (only turns get split at a mid-sentence
        // label), so their index is their own; a sentence in a turn is someone's words anyway.
        return SpeakerTurns.Read([.. paragraphs.SelectMany(p => p)])
            .Select((s, i) => TokenizedSentence.From(s.Text, s.IsQuestion || s.Text.TrimEnd().EndsWith('?') || ReportsQuestion(s.Text), vocabulary,
                s.Label is not null || quoted[i]))
            .ToList();
    }

    // "… asked whether/if …", unless the sentence opens with it ("Asked whether …, Scholz said …" carries the answer)
    // or goes on to say what was answered.
    internal static bool ReportsQuestion(string sentence)
    {
        if (!sentence.Contains("asked", StringComparison.OrdinalIgnoreCase)) return false;
        var m = AskedWhether().Match(sentence);
        return m.Success && m.Index > 0 && !Answered().IsMatch(sentence, m.Index + m.Length);
    }

    [GeneratedRegex(@"\basked\b(?:\s+[\w'’]+){0,4}?\s+(?:whether|if)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AskedWhether();

    [GeneratedRegex(@"\b(?:said|says|replied|replies|answered|answers|responded|responds|told)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Answered();
}
