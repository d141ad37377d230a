using Briefing.Host.Tests.Ingestion;
using Briefing.Telegram.Tests.Fakes;

namespace Briefing.Host.Tests.Crash;

/// <summary>A temporary folder for the database and a loopback fake Bot API, for tests that run `briefing` as a child process.</summary>
public sealed class ChildWorkerSandbox : IAsyncDisposable
{
    private readonly TempFolder temp = new();

    private ChildWorkerSandbox(FakeBotApiServer botApi) => BotApi = botApi;

    public string Folder => temp.Path;

    public FakeBotApiServer BotApi { get; }

    public string DatabasePath => temp.File("briefing.db");

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
        return new ChildWorkerSandbox(await FakeBotApiServer.StartAsync());
    }

    public async ValueTask DisposeAsync()
    {
        await BotApi.DisposeAsync();
        temp.Dispose();
    }
}
