using Briefing.Host.Tests.Ingestion;
using Briefing.Telegram.Tests.Fakes;
using Microsoft.Data.Sqlite;

namespace Briefing.Host.Tests.Crash;

/// <summary>A temporary folder for the database and a loopback fake Bot API, for tests that run `briefing` as a child process.</summary>
public sealed class ChildWorkerSandbox : IAsyncDisposable
{
    private ChildWorkerSandbox(string folder, FakeBotApiServer botApi)
    {
        Folder = folder;
        BotApi = botApi;
    }

    public string Folder { get; }

    public FakeBotApiServer BotApi { get; }

    public string DatabasePath => Path.Combine(Folder, "briefing.db");

    /// <summary>A worker on the fake Bot API with Telegram's limits lifted, fast outbox polls, no health server, no ingestion timer.</summary>
    public Dictionary<string, string> FastWorkerEnvironment() => new()
    {
        ["Telegram__Token"] = BotApi.Token,
        ["Telegram__ApiBaseUrl"] = BotApi.BaseUrl,
        ["Telegram__GlobalPerSecond"] = "100000",
        ["Telegram__PerChatPerSecond"] = "1000",
        ["Delivery__PollMilliseconds"] = "50",
        ["Health__Url"] = "",
        ["Corpus__IngestEveryMinutes"] = "0",
        ["Logging__LogLevel__Default"] = "Warning",
    };

    /// <summary>A `briefing` command line on this sandbox's database and the seeds.</summary>
    public string[] Arguments(params string[] command) => [.. command, "--db", DatabasePath, "--corpus", RepositoryFiles.Seeds];

    public static async Task<ChildWorkerSandbox> StartAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "briefing-child-worker-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return new ChildWorkerSandbox(folder, await FakeBotApiServer.StartAsync());
    }

    public async ValueTask DisposeAsync()
    {
        await BotApi.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
