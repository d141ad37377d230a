using Briefing.Host.Tests.Ingestion;

namespace Briefing.Host.Tests.Feeds;

/// <summary>Command-line tests on feeds: a fresh folder with its database, and the loopback fixture server.</summary>
public abstract class FeedCliTests : IAsyncLifetime
{
    private protected TempFolder Temp { get; } = new();

    protected FeedFixtureServer Server { get; private set; } = null!;

    protected string Db => Temp.File("b.db");

    public async Task InitializeAsync() => Server = await FeedFixtureServer.StartAsync();

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        Temp.Dispose();
    }
}
