using Briefing.Host.Cli;
using Briefing.Host.Feeds;
using Briefing.Host.Hosting;
using Briefing.Host.Tests.Ingestion;
using Briefing.Host.Tests.Scheduling;
using Briefing.Store.Articles;
using Briefing.Store.Feeds;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Briefing.Host.Tests.Feeds;

/// <summary>The product's host (not started) on a temporary database, with timeouts and limits small enough for tests.</summary>
public sealed class FeedTestHost : IDisposable
{
    private readonly TempFolder temp = new();
    private readonly IHost host;

    public FeedTestHost(IDictionary<string, string?>? settings = null, CapturedLogs? logs = null)
    {
        Database = temp.File("briefing.db");
        var overrides = new Dictionary<string, string?>
        {
            ["Database:Path"] = Database,
            ["Corpus:Folders:0"] = Directory.CreateDirectory(temp.File("corpus")).FullName,
            ["Feeds:RequestTimeoutSeconds"] = "1",
            ["Feeds:RetryDelayMilliseconds"] = "10",
            ["Feeds:MaxResponseBytes"] = "100000",
            ["Feeds:HostIntervalMilliseconds"] = "0",
            ["Health:Url"] = "",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) overrides[key] = value;
        var builder = BriefingHost.CreateBuilder(BriefingCommandLine.Create().Parse(["ingest"]), overrides);
        if (logs is not null) builder.Logging.AddProvider(logs);
        host = builder.Build();
    }

    public string Database { get; }

    public IServiceProvider Services => host.Services;

    public FeedIngester Ingester => Services.GetRequiredService<FeedIngester>();

    public IFeedRepository Feeds => Services.GetRequiredService<IFeedRepository>();

    public async Task AddAsync(string url, string? outlet = null) =>
        Assert.True(await Feeds.AddAsync(url, outlet, DateTimeOffset.UtcNow));

    public async Task<IReadOnlyList<StoredArticle>> ArticlesAsync() =>
        await Services.GetRequiredService<IArticleRepository>().ListAsync(new ArticleQuery());

    public void Dispose()
    {
        host.Dispose();
        temp.Dispose();
    }
}
