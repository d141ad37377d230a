namespace Briefing.News.Topics;

/// <summary>
/// A phrase or term that signals a topic, with how strongly it does. Words are matched after name normalisation and
/// light stemming (guarantees = guarantee); "a|b" in the text means either word. Without <see cref="Within"/> the
/// words must stand together in order; with it they may come in any order as long as all fall inside that many words.
/// </summary>
public sealed record TopicPhrase(string Text, double Weight)
{
    public int? Within { get; init; }

    /// <summary>
    /// A phrase that refers back ("the plan" after "the victory plan"): it counts only within a passage's length after
    /// an earlier sentence where another phrase of the topic counted (so it takes that sentence's subject); the topic
    /// counting in its own sentence does not make it count.
    /// </summary>
    public bool Follows { get; init; }

    /// <summary>
    /// A phrase that says the sentence is about something else ("NATO is the only real guarantee" is about membership,
    /// not guarantees): a sentence where it is found counts nothing for the topic. Its weight is not used.
    /// </summary>
    public bool Cancels { get; init; }
}
