using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Briefing.Host.Digests;
using Briefing.News.Topics;
using Briefing.Store.Chats;
using Briefing.Store.Database;
using Briefing.Telegram.Api;
using Briefing.Telegram.Tests.Fakes;
using Briefing.Telegram.Updates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Briefing.Telegram.Tests.EndToEnd;

/// <summary>
/// The bot as the worker runs it (AddTelegramApi, AddTelegramBot and AddDigests, the repository's config/topics.json), pointed at the
/// emulator with a made-up token of its own and a SQLite file in a temporary folder; can be stopped and started again.
/// </summary>
public sealed class BotUnderTest : IAsyncDisposable
{
    public const long OperatorId = 777;

    private readonly TempFolder temp = new();
    private readonly string baseUrl;
    private readonly IDictionary<string, string?> settings;
    private readonly Action<IServiceCollection>? configureServices;
    private IHost? host;

    // Each bot its own token: the emulator keeps every token's messages apart, so tests do not see each other's.
    public BotUnderTest(TelegramEmulator emulator)
        : this(emulator.BaseUrl, $"{Random.Shared.Next(100000, 999999)}:e2e-{Guid.NewGuid():N}")
    {
    }

    /// <summary>A bot on any Bot API (e.g. the fake one), with extra settings and services registered before the bot's own.</summary>
    public BotUnderTest(string baseUrl, string token, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configureServices = null)
    {
        this.baseUrl = baseUrl;
        this.settings = settings ?? new Dictionary<string, string?>();
        this.configureServices = configureServices;
        Token = token;
        Http = new HttpClient { BaseAddress = new Uri(baseUrl) };
    }

    public string Token { get; }

    public string DatabasePath => temp.File("briefing.db");

    public HttpClient Http { get; }

    public CapturingLoggerProvider Logs { get; } = new();

    /// <summary>A fresh view of the stored subscribers, through the real SQLite file.</summary>
    public ISubscriberRepository Subscribers => new SubscriberRepository(new SqliteDatabase(DatabasePath), TimeProvider.System);

    public IBotStateRepository State => new BotStateRepository(new SqliteDatabase(DatabasePath));

    public IServiceProvider Services => host?.Services ?? throw new InvalidOperationException("not started");

    public EmulatorUser User(long userId) => new(Http, Token, userId, userId);

    public EmulatorUser GroupMember(long userId, long groupId, int? threadId = null) =>
        new(Http, Token, userId, groupId, "supergroup", threadId, isForum: threadId is not null);

    /// <summary>The id of the latest update a user sent to this bot, as the emulator numbered it.</summary>
    public async Task<long> LastUserUpdateIdAsync()
    {
        var answer = await (await Http.PostAsJsonAsync("/test/lastUserUpdate", new JsonObject { ["token"] = Token })).Content.ReadFromJsonAsync<JsonObject>();
        return answer!["result"]!.GetValue<long>();
    }

    public async Task StartAsync()
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = temp.Path });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Telegram:Token"] = Token,
            ["Telegram:ApiBaseUrl"] = baseUrl,
            ["Telegram:Operators:0"] = OperatorId.ToString(),
            ["Telegram:PollTimeoutSeconds"] = "1",
            ["Telegram:RetryBaseDelayMilliseconds"] = "50",
            ["Database:Path"] = DatabasePath,
        });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.SetMinimumLevel(LogLevel.Debug);
        builder.Logging.AddProvider(Logs);
        builder.Services.AddSingleton(TimeProvider.System);
        var topics = TopicCatalog.Parse(File.ReadAllText(RepositoryFiles.TopicsJson));
        builder.Services.AddSingleton<IReadOnlyList<TopicDefinition>>(topics);
        builder.Services.AddSingleton(new TopicClassifier(topics));
        configureServices?.Invoke(builder.Services);
        builder.AddTelegramApi();
        builder.AddTelegramBot();
        builder.AddDigests();
        host = builder.Build();
        await host.StartAsync();
    }

    public async Task StopAsync()
    {
        if (host is null) return;
        await host.StopAsync();
        host.Dispose();
        host = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Http.Dispose();
        temp.Dispose();
    }
}
