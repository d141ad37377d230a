namespace Briefing.News.Summaries;

/// <summary>
/// A sentence of the window: where it stands (document, position in it, overall order), its vector, who says it (a
/// transcript's speaker or a statement's author; null when the page speaks for itself) and whether it only asks.
/// </summary>
internal sealed record Sentence(string Text, int Document, int Position, int Ordinal, int WordCount, TermVector Vector, string? Speaker, bool IsQuestion);
