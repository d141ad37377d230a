namespace Briefing.News.Topics;

/// <summary>One topic as configured in config/topics.json: what signals it and how much of it makes a document carry it.</summary>
/// <param name="Threshold">
/// The score a document needs to carry the topic: its best passage's score plus half of each further passage that
/// reaches <see cref="SentenceThreshold"/>.
/// </param>
public sealed record TopicDefinition(
    string Slug,
    string Title,
    string Description,
    IReadOnlyList<TopicPhrase> Phrases,
    double Threshold)
{
    /// <summary>
    /// Words naming the topic's subject (e.g. Ukraine, Kyiv, Zelensky); a passage counts only when it names one,
    /// so the same vocabulary about another country (Sweden's NATO membership) does not. Empty: no subject needed.
    /// </summary>
    public IReadOnlyList<string> Subject { get; init; } = [];

    /// <summary>
    /// Words naming other countries (Sweden, Poland, Baltic): a phrase whose clause or sentence names one of these and
    /// not the <see cref="Subject"/> is about that country, and so is a passage whose nearest country named is one.
    /// </summary>
    public IReadOnlyList<string> OtherSubjects { get; init; } = [];

    /// <summary>Words naming the body the topic is about (NATO, alliance): a sentence naming one is about that body.</summary>
    public IReadOnlyList<string> Body { get; init; } = [];

    /// <summary>
    /// Words naming another body with the same vocabulary (EU, Union): a sentence naming one of these and none of
    /// <see cref="Body"/> counts nothing, so Ukraine's path to EU membership is not its path to NATO membership.
    /// </summary>
    public IReadOnlyList<string> OtherBodies { get; init; } = [];

    /// <summary>
    /// How many words of consecutive sentences make one passage (whole sentences, at least one). Counted in words,
    /// not sentences, so a run of short question-and-answer lines weighs like a paragraph of prose.
    /// </summary>
    public int PassageWords { get; init; } = 120;

    /// <summary>The score at which a single sentence is on topic (what a summary keeps).</summary>
    public double SentenceThreshold { get; init; } = 1.0;

    /// <summary>
    /// Whether a document whose topic counts in one sentence only carries it when that sentence gives someone's own
    /// words (a speaker's turn, a quotation, the first person; config <c>"lone_sentence": "speech"</c>). One sentence of
    /// the writer's narration is background: "Two days earlier, Putin had demanded that Ukraine drop its NATO bid."
    /// False (config <c>"any"</c>, the default): one sentence of either kind can carry the document.
    /// </summary>
    public bool LoneSentenceNeedsSpeech { get; init; }
}
