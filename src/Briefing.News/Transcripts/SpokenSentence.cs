namespace Briefing.News.Transcripts;

/// <summary>
/// A sentence of a page with the speaker turn it belongs to: the text without the speaker label, the label as
/// written ("MR. KIRBY", "THE PRESIDENT"; null outside a transcript), and whether the turn is a reporter's question or
/// a moderator's line rather than an answer.
/// </summary>
public sealed record SpokenSentence(string Text, string? Label, bool IsQuestion);
