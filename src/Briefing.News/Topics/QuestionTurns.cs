using Briefing.News.Transcripts;

namespace Briefing.News.Topics;

/// <summary>
/// Marks the sentences that only ask: a reporter's question states no position, and an unanswered one should not make
/// a briefing carry a topic. Turns come from <see cref="SpeakerTurns"/> (a "Q" turn lasts to the next speaker label);
/// outside transcripts, a sentence ending in "?" is a question.
/// </summary>
internal static class QuestionTurns
{
    public static IReadOnlyList<TokenizedSentence> Tokenize(IReadOnlyList<string> sentences, TopicVocabulary vocabulary) =>
        SpeakerTurns.Read(sentences)
            .Select(s => TokenizedSentence.From(s.Text, s.IsQuestion || s.Text.TrimEnd().EndsWith('?'), vocabulary))
            .ToList();
}
