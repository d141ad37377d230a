namespace Briefing.News.Summaries;

/// <summary>A sentence of the window: where it stands (document, position in it, overall order) and its vector.</summary>
internal sealed record Sentence(string Text, int Document, int Position, int Ordinal, int WordCount, TermVector Vector);
