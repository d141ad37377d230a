using Briefing.Host.Ingestion;
using Briefing.News.Topics;
using Briefing.Store.Articles;
using Briefing.Store.Database;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Briefing.Host.Tests.Ingestion;

public sealed class IngestionOnStartTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private (IngestionOnStart Service, StoppingLifetime Lifetime, SqliteArticleRepository Articles) Create(string corpus)
    {
        var articles = new SqliteArticleRepository(new SqliteDatabase(temp.File("b.db")), TimeProvider.System);
        var ingester = new CorpusIngester(
            Options.Create(new CorpusOptions { Folders = [corpus] }),
            new HostingEnvironment { ContentRootPath = temp.Path },
            new TopicClassifier(TopicCatalog.Parse(File.ReadAllText(RepositoryFiles.TopicsJson))),
            articles);
        var lifetime = new StoppingLifetime();
        return (new IngestionOnStart(ingester, lifetime, NullLogger<IngestionOnStart>.Instance), lifetime, articles);
    }

    [Fact]
    public async Task The_worker_ingests_the_corpus_when_it_starts()
    {
        var (service, lifetime, articles) = Create(RepositoryFiles.Seeds);

        await service.StartAsync(CancellationToken.None);
        await service.ExecuteTask!;

        Assert.Equal(5, await articles.CountAsync());
        Assert.False(lifetime.StopRequested);
    }

    [Fact]
    public async Task A_missing_corpus_folder_stops_the_worker()
    {
        var (service, lifetime, _) = Create(temp.File("nowhere"));

        await service.StartAsync(CancellationToken.None);
        await service.ExecuteTask!;

        Assert.True(lifetime.StopRequested);
    }

    private sealed class StoppingLifetime : IHostApplicationLifetime
    {
        public bool StopRequested { get; private set; }
        public CancellationToken ApplicationStarted => CancellationToken.None;
        public CancellationToken ApplicationStopping => CancellationToken.None;
        public CancellationToken ApplicationStopped => CancellationToken.None;
        public void StopApplication() => StopRequested = true;
    }
}
