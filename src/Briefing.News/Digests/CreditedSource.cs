namespace Briefing.News.Digests;

/// <summary>One credited name, with a link when the article has one.</summary>
public sealed record CreditedSource(string Name, string? Url);
