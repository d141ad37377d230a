using System.Diagnostics;
using System.Text.Json;
using Briefing.Host.Health;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Briefing.Benchmarks.Runs;

/// <summary>
/// A stand-in Bot API on 127.0.0.1 for `briefing bench delivery` and `bench updates`: answers sendMessage like
/// Telegram, counts what it accepted, and, when given limits, answers 429 (retry_after 1) to any message beyond that
/// many in the last second overall or to one chat. getUpdates serves the updates queued with <see cref="AddUpdate"/>
/// from the offset on, as Telegram does.
/// </summary>
public sealed class LoopbackBotApi : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly int? perSecondLimit;
    private readonly int? perChatPerSecondLimit;
    private readonly Queue<long> recent = new();
    private readonly Dictionary<long, Queue<long>> recentPerChat = [];
    private readonly Dictionary<long, long> firstReplyPerChat = [];
    private readonly List<(long Id, string Json)> updates = [];
    private readonly Lock gate = new();
    private long accepted;
    private long firstUpdatesServed;
    private long tooMany;
    private long tooManyForOneChat;
    private int messageId;

    private LoopbackBotApi(WebApplication app, int? perSecondLimit, int? perChatPerSecondLimit)
    {
        this.app = app;
        this.perSecondLimit = perSecondLimit;
        this.perChatPerSecondLimit = perChatPerSecondLimit;
    }

    public string BaseUrl { get; private set; } = "";

    public long Accepted => Interlocked.Read(ref accepted);

    public long TooManyRequests => Interlocked.Read(ref tooMany);

    /// <summary>How many of the 429 answers were for one chat's limit rather than the overall one.</summary>
    public long TooManyForOneChat
    {
        get { lock (gate) return tooManyForOneChat; }
    }

    /// <summary>When getUpdates first handed out updates (a <see cref="Stopwatch"/> timestamp; 0 until then): the moment the users' messages reach the bot.</summary>
    public long FirstUpdatesServed => Interlocked.Read(ref firstUpdatesServed);

    /// <summary>When each chat's first message was accepted (a <see cref="Stopwatch"/> timestamp).</summary>
    public IReadOnlyDictionary<long, long> FirstReplies
    {
        get { lock (gate) return new Dictionary<long, long>(firstReplyPerChat); }
    }

    public static async Task<LoopbackBotApi> StartAsync(int? perSecondLimit, int? perChatPerSecondLimit = null, CancellationToken cancellationToken = default)
    {
        var app = LoopbackKestrel.CreateBuilder("http://127.0.0.1:0").Build();
        var api = new LoopbackBotApi(app, perSecondLimit, perChatPerSecondLimit);
        app.Run(api.HandleAsync);
        await app.StartAsync(cancellationToken);
        api.BaseUrl = LoopbackKestrel.BoundUrl(app)!.TrimEnd('/');
        return api;
    }

    /// <summary>Queues an update (JSON without update_id) for getUpdates; it gets the next id.</summary>
    public void AddUpdate(string jsonWithoutId)
    {
        lock (gate)
        {
            var id = updates.Count + 1L;
            updates.Add((id, $$"""{"update_id":{{id}},{{jsonWithoutId[1..]}}"""));
        }
    }

    private string PendingUpdates(JsonElement body)
    {
        var offset = body.TryGetProperty("offset", out var value) ? value.GetInt64() : 0;
        lock (gate)
        {
            var pending = updates.Where(u => u.Id >= offset).Take(100).Select(u => u.Json).ToList();
            if (pending.Count > 0 && firstUpdatesServed == 0) firstUpdatesServed = Stopwatch.GetTimestamp();
            return """{"ok":true,"result":[""" + string.Join(",", pending) + "]}";
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var arrived = Stopwatch.GetTimestamp();
        var path = context.Request.Path.Value ?? "";
        var method = path[(path.LastIndexOf('/') + 1)..];
        using var body = context.Request.ContentLength == 0
            ? JsonDocument.Parse("{}")
            : await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        if (method != "sendMessage")
        {
            // getMe, setMyCommands, getUpdates and the like: an empty success is enough for the worker to carry on.
            await WriteAsync(context, 200, method switch
            {
                "getUpdates" => PendingUpdates(body.RootElement),
                "getMe" => """{"ok":true,"result":{"id":1,"is_bot":true,"first_name":"Bench","username":"bench_bot"}}""",
                _ => """{"ok":true,"result":true}""",
            });
            return;
        }
        var chatId = body.RootElement.GetProperty("chat_id").GetInt64();
        if (!Admit(arrived, chatId))
        {
            Interlocked.Increment(ref tooMany);
            await WriteAsync(context, 429, """{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 1","parameters":{"retry_after":1}}""");
            return;
        }
        Interlocked.Increment(ref accepted);
        var id = Interlocked.Increment(ref messageId);
        await WriteAsync(context, 200, $$$"""{"ok":true,"result":{"message_id":{{{id}}},"date":0,"chat":{"id":{{{chatId}}},"type":"private"},"text":""}}""");
    }

    private bool Admit(long now, long chatId)
    {
        lock (gate)
        {
            Queue<long>? chat = null;
            if (perChatPerSecondLimit is { } chatLimit)
            {
                if (!recentPerChat.TryGetValue(chatId, out chat)) recentPerChat.Add(chatId, chat = new Queue<long>());
                if (!HasRoom(chat, chatLimit, now))
                {
                    tooManyForOneChat++;
                    return false;
                }
            }
            if (perSecondLimit is { } limit && !HasRoom(recent, limit, now)) return false;
            if (perSecondLimit is not null) recent.Enqueue(now);
            chat?.Enqueue(now);
            firstReplyPerChat.TryAdd(chatId, now);
            return true;
        }
    }

    private static bool HasRoom(Queue<long> window, int limit, long now)
    {
        while (window.Count > 0 && Stopwatch.GetElapsedTime(window.Peek(), now) >= TimeSpan.FromSeconds(1)) window.Dequeue();
        return window.Count < limit;
    }

    private static async Task WriteAsync(HttpContext context, int status, string json)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(json, context.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
