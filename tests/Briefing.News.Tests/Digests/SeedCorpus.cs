using Briefing.News.Corpus;
using Briefing.News.Summaries;
using Briefing.News.Tests.Topics;

namespace Briefing.News.Tests.Digests;

/// <summary>The repository's seed articles, cleaned, as the digest tests read them.</summary>
internal static class SeedCorpus
{
    public static IReadOnlyList<(SummaryDocument Document, CleanedArticle Article)> Articles()
    {
        var cleaner = new ArticleCleaner();
        return Directory.GetFiles(RepositoryFiles.Path("seeds"), "*.txt")
            .Order(StringComparer.Ordinal)
            .Select((file, i) =>
            {
                var article = cleaner.Clean(File.ReadAllText(file), file);
                return (new SummaryDocument(i + 1, article.Title, article.Outlet, article.Published, null, article.Paragraphs), article);
            })
            .ToList();
    }
}
