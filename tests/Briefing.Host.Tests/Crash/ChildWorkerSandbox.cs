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
