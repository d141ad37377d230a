namespace Briefing.News.Topics;

/// <summary>One topic's score for one sentence, the words that earned it, and whether the sentence names the topic's subject.</summary>
internal sealed record SentenceScore(double Score, IReadOnlyList<string> Evidence, bool NamesSubject);
