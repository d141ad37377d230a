namespace Briefing.News.Corpus;

/// <summary>
/// An HTML page past the cleaner's nesting or element budget: parsing it would take minutes, so it is not cleaned.
/// The message says which budget in one line, fit to report beside the file's name.
/// </summary>
public sealed class PageTooComplexException(string message) : Exception(message);
