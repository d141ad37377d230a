namespace Briefing.News.Corpus;

/// <summary>One line of a page's text; <see cref="StartsBlock"/> when a blank line or block element precedes it.</summary>
internal readonly record struct PageLine(string Text, bool StartsBlock);
