using System.Text.RegularExpressions;

namespace Briefing.News.Topics;

/// <summary>
/// Marks the sentences of a transcript that belong to a reporter's question: a question states no position, and
/// an unanswered one should not make a briefing carry a topic. A turn starts at a "Q" line and ends at the next
/// speaker label ("MS. JEAN-PIERRE:", "THE PRESIDENT:"); outside transcripts, a sentence ending in "?" is a question.
/// </summary>
internal static partial class QuestionTurns
{
    public static IReadOnlyList<TokenizedSentence> Tokenize(IReadOnlyList<string> sentences, TopicVocabulary vocabulary)
    {
        var result = new List<TokenizedSentence>(sentences.Count);
        var inQuestion = false;
        foreach (var sentence in sentences)
        {
            var text = sentence.TrimStart();
            if (text.StartsWith('Q') && QuestionStart().IsMatch(text)) inQuestion = true;
            var label = text.Contains(':') ? SpeakerLabel().Match(text) : Match.Empty;
            // "Q — how did it go? — THE PRESIDENT: Sure." asks, then answers: the answer part ends the turn.
            var asks = inQuestion && (!label.Success || label.Index > 0) || text.TrimEnd().EndsWith('?');
            if (label.Success) inQuestion = false;
            result.Add(TokenizedSentence.From(sentence, asks, vocabulary));
        }
        return result;
    }

    [GeneratedRegex(@"^Q(\s|$)")]
    private static partial Regex QuestionStart();

    // An upper-case name and a colon, with its honorific: "MS. JEAN-PIERRE:", "THE PRESIDENT:".
    [GeneratedRegex(@"\b(?:[A-Z]{1,3}\.\s*)?[A-Z][A-Z'’\-]+(?: [A-Z][A-Z'’\-]+)*:")]
    private static partial Regex SpeakerLabel();
}
