using Briefing.News.Corpus;
using Briefing.News.Summaries;
using Briefing.News.Topics;

namespace Briefing.News.Tests.Digests;

/// <summary>The repository's seed articles, cleaned, and its configured topics, as the digest tests read them.</summary>
internal static class SeedCorpus
{
    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Briefing.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Briefing.sln not found above " + AppContext.BaseDirectory);
    }

    public static TopicClassifier Classifier() =>
        new(TopicCatalog.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), "config", "topics.json"))));

    public static IReadOnlyList<(SummaryDocument Document, CleanedArticle Article)> Articles()
    {
        var cleaner = new ArticleCleaner();
        return Directory.GetFiles(Path.Combine(RepositoryRoot(), "seeds"), "*.txt")
            .Order(StringComparer.Ordinal)
            .Select((file, i) =>
            {
                var article = cleaner.Clean(File.ReadAllText(file), file);
                return (new SummaryDocument(i + 1, article.Title, article.Outlet, article.Published, null, article.Paragraphs), article);
            })
            .ToList();
    }
}
