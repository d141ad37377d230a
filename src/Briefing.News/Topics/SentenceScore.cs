namespace Briefing.News.Topics;

/// <summary>
/// One topic's score for one sentence: what is bound to the topic's subject inside the sentence, what names no
/// country and takes its subject from the sentences around it, the words that earned it, and which subjects it names.
/// Phrases bound to another country (Sweden's accession) are dropped before they reach either score.
/// </summary>
internal sealed record SentenceScore(double Bound, double Free, IReadOnlyList<string> Evidence, bool NamesSubject, bool NamesOther)
{
    /// <summary>The weight of phrases that refer back (<see cref="TopicPhrase.Follows"/>), counted only after the topic.</summary>
    public double Following { get; init; }

    public static readonly SentenceScore None = new(0, 0, [], false, false);

    private static readonly SentenceScore[] NamingOnly =
        [None, new(0, 0, [], false, true), new(0, 0, [], true, false), new(0, 0, [], true, true)];

    /// <summary>A sentence with no phrase of the topic, which may still name countries.</summary>
    public static SentenceScore Naming(bool subject, bool other) => NamingOnly[(subject ? 2 : 0) + (other ? 1 : 0)];

    /// <summary>Whether the sentence names any country, the topic's subject or another: it sets the subject of what follows.</summary>
    public bool NamesCountry => NamesSubject || NamesOther;
}
