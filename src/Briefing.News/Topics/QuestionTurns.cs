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
    public static IReadOnlyList<TokenizedSentence> Tokenize(IReadOnlyList<string> sentences, TopicVocabulary vocabulary) =>
        SpeakerTurns.Read(sentences)
            .Select(s => TokenizedSentence.From(s.Text, s.IsQuestion || s.Text.TrimEnd().EndsWith('?') || ReportsQuestion(s.Text), vocabulary))
            .ToList();

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
