using Briefing.News.Summaries;

namespace Briefing.News.Digests;

/// <summary>One topic's part of a digest: heading, how many new articles and outlets it covers, and its points, best first.</summary>
public sealed record DigestSection(string Slug, string Title, int Articles, int Sources, IReadOnlyList<SummaryPoint> Points);
