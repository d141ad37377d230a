using System.Diagnostics;
using System.Text.Json;
using Briefing.Host.Health;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Briefing.Host.Benchmarks;

/// <summary>
/// A stand-in Bot API on 127.0.0.1 for `briefing bench delivery`: answers sendMessage like Telegram, counts what it
/// accepted, and, when given a limit, answers 429 (retry_after 1) to any message beyond that many in the last second.
/// </summary>
public sealed class LoopbackBotApi : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly int? perSecondLimit;
    private readonly Queue<long> recent = new();
    private readonly Lock gate = new();
    private long accepted;
    private long tooMany;
    private int messageId;

    private LoopbackBotApi(WebApplication app, int? perSecondLimit)
    {
        this.app = app;
        this.perSecondLimit = perSecondLimit;
    }

    public string BaseUrl { get; private set; } = "";

    public long Accepted => Interlocked.Read(ref accepted);

    public long TooManyRequests => Interlocked.Read(ref tooMany);

    public static async Task<LoopbackBotApi> StartAsync(int? perSecondLimit, CancellationToken cancellationToken = default)
    {
        var app = LoopbackKestrel.CreateBuilder("http://127.0.0.1:0").Build();
        var api = new LoopbackBotApi(app, perSecondLimit);
        app.Run(api.HandleAsync);
        await app.StartAsync(cancellationToken);
        api.BaseUrl = LoopbackKestrel.BoundUrl(app)!.TrimEnd('/');
        return api;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var arrived = Stopwatch.GetTimestamp();
        var path = context.Request.Path.Value ?? "";
        var method = path[(path.LastIndexOf('/') + 1)..];
        using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        if (method != "sendMessage")
        {
            // getMe, setMyCommands, getUpdates and the like: an empty success is enough for the worker to carry on.
            await WriteAsync(context, 200, method switch
            {
                "getUpdates" => """{"ok":true,"result":[]}""",
                "getMe" => """{"ok":true,"result":{"id":1,"is_bot":true,"first_name":"Bench","username":"bench_bot"}}""",
                _ => """{"ok":true,"result":true}""",
            });
            return;
        }
        if (!Admit(arrived))
        {
            Interlocked.Increment(ref tooMany);
            await WriteAsync(context, 429, """{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 1","parameters":{"retry_after":1}}""");
            return;
        }
        Interlocked.Increment(ref accepted);
        var chatId = body.RootElement.GetProperty("chat_id").GetInt64();
        var id = Interlocked.Increment(ref messageId);
        await WriteAsync(context, 200, $$$"""{"ok":true,"result":{"message_id":{{{id}}},"date":0,"chat":{"id":{{{chatId}}},"type":"private"},"text":""}}""");
    }

    private bool Admit(long now)
    {
        if (perSecondLimit is not { } limit) return true;
        lock (gate)
        {
            while (recent.Count > 0 && Stopwatch.GetElapsedTime(recent.Peek(), now) >= TimeSpan.FromSeconds(1)) recent.Dequeue();
            if (recent.Count >= limit) return false;
            recent.Enqueue(now);
            return true;
        }
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
