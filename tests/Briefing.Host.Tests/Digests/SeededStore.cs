using Briefing.Host.Digests;
using Briefing.Host.Tests.Ingestion;
using Briefing.News.Corpus;
using Briefing.News.Digests;
using Briefing.News.Summaries;
using Briefing.News.Topics;
using Briefing.Store.Articles;
using Briefing.Store.Database;
using Microsoft.Extensions.Options;

namespace Briefing.Host.Tests.Digests;

/// <summary>A real SQLite file in a temporary folder holding seed articles (cleaned and classified as ingestion does), and an assembler over it.</summary>
internal sealed class SeededStore : IDisposable
{
    private readonly TempFolder temp = new();

    public SeededStore()
    {
        Articles = new ArticleRepository(new SqliteDatabase(temp.File("briefing.db")), TimeProvider.System);
        Classifier = new TopicClassifier(TopicCatalog.Parse(File.ReadAllText(RepositoryFiles.TopicsJson)));
    }

    public IArticleRepository Articles { get; }

    public TopicClassifier Classifier { get; }

    public static IReadOnlyList<string> SeedFiles() =>
        Directory.GetFiles(RepositoryFiles.Seeds, "*.txt").Order(StringComparer.Ordinal).ToList();

    /// <summary>Stores the given seed files in order; returns their ids.</summary>
    public async Task<IReadOnlyList<long>> AddAsync(IEnumerable<string> files)
    {
        var cleaner = new ArticleCleaner();
        var ids = new List<long>();
        foreach (var file in files)
        {
            var article = cleaner.Clean(File.ReadAllText(file), file);
            var topics = Classifier.Classify(article.Title, article.Paragraphs).Assigned;
            var result = await Articles.UpsertAsync(new NewArticle(article.Title, article.Outlet, article.Published, file, article.Body, topics));
            ids.Add(result.Id);
        }
        return ids;
    }

    public DigestAssembler Assembler(bool sendNothingNewNote = false) => new(
        Articles, Classifier, new DigestComposer(new Summarizer()), new TelegramDigestRenderer(), new PlainTextDigestRenderer(),
        Options.Create(new DigestOptions { SendNothingNewNote = sendNothingNewNote }), TimeProvider.System);

    public void Dispose() => temp.Dispose();
}
