using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Briefing.Telegram.Tests.Fakes;

/// <summary>
/// A Bot API on 127.0.0.1 (a free port) for tests: records every call with its JSON body and arrival time, answers
/// like Telegram by default (sendMessage echoes a message, getUpdates long-polls the updates added with
/// <see cref="AddUpdate"/>), and injects faults scripted with <see cref="Script"/>.
/// </summary>
public sealed class FakeBotApiServer : IAsyncDisposable
{
    public const string DefaultToken = "123456789:FAKE-token_for-tests-only";

    private readonly WebApplication _app;
    private readonly TimeProvider _clock;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _gate = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly List<ScriptedAnswer> _script = [];
    private readonly List<JsonObject> _updates = [];
    private TaskCompletionSource _updateAdded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Queue<DateTimeOffset> _recentSends = new();
    private long _lastUpdateId;
    private int _lastMessageId;
    private int _pollsInProgress;
    private int _conflicts;
    private int _floodRefusals;

    private FakeBotApiServer(WebApplication app, string token, TimeProvider clock)
    {
        _app = app;
        Token = token;
        _clock = clock;
    }

    /// <summary>The token the fake accepts; calls with another one get 401 like Telegram's.</summary>
    public string Token { get; }

    /// <summary>The value for Telegram:ApiBaseUrl, e.g. http://127.0.0.1:41234.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>The bot's own user id: the digits before the colon of the token.</summary>
    public long BotId => long.Parse(Token.AsSpan(0, Token.IndexOf(':')));

    public static async Task<FakeBotApiServer> StartAsync(string token = DefaultToken, TimeProvider? clock = null, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new FakeBotApiServer(app, token, clock ?? TimeProvider.System);
        app.Run(server.HandleAsync);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = address.TrimEnd('/');
        return server;
    }

    /// <summary>
    /// Like Telegram: a getUpdates call that arrives while another is waiting is refused with 409 Conflict (only one
    /// instance of a bot may poll). Off by default.
    /// </summary>
    public bool OnePollerAtATime { get; set; }

    /// <summary>
    /// Like Telegram's flood control: a sendMessage beyond this many in the last second is refused with 429 and
    /// retry_after 1. Null (the default) accepts any rate.
    /// </summary>
    public int? SendsPerSecondLimit { get; set; }

    /// <summary>getUpdates calls refused with 409 because another poll was waiting (<see cref="OnePollerAtATime"/>).</summary>
    public int Conflicts => Volatile.Read(ref _conflicts);

    /// <summary>sendMessage calls refused with 429 by <see cref="SendsPerSecondLimit"/>.</summary>
    public int FloodRefusals => Volatile.Read(ref _floodRefusals);

    /// <summary>Every call so far, in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> Requests
    {
        get { lock (_gate) return _requests.ToArray(); }
    }

    public IReadOnlyList<RecordedRequest> RequestsTo(string method) => Requests.Where(r => r.Method == method).ToArray();

    /// <summary>Answers the next <paramref name="times"/> calls of <paramref name="method"/> (only those to <paramref name="chatId"/> when given) with <paramref name="answer"/>; earlier scripts match first.</summary>
    public void Script(string method, FakeAnswer answer, long? chatId = null, int times = 1)
    {
        lock (_gate) _script.Add(new ScriptedAnswer(method, chatId, answer, times));
    }

    /// <summary>Queues an update for getUpdates, giving it the next update_id, which is returned.</summary>
    public long AddUpdate(JsonObject update)
    {
        lock (_gate)
        {
            var id = ++_lastUpdateId;
            update["update_id"] = id;
            _updates.Add(update);
            _updateAdded.TrySetResult();
            _updateAdded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return id;
        }
    }

    /// <summary>Waits until at least <paramref name="count"/> calls of <paramref name="method"/> have arrived.</summary>
    public async Task<IReadOnlyList<RecordedRequest>> WaitForRequestsAsync(string method, int count, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        while (true)
        {
            var calls = RequestsTo(method);
            if (calls.Count >= count) return calls;
            try
            {
                await Task.Delay(10, deadline.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"Expected {count} {method} calls within {timeout}, got {calls.Count}.");
            }
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var receivedAt = _clock.GetUtcNow();
        var path = context.Request.Path.Value ?? "";
        var slash = path.LastIndexOf('/');
        if (!path.StartsWith("/bot", StringComparison.Ordinal) || slash < 4)
        {
            await WriteAsync(context, FakeAnswer.Error(404, "Not Found"));
            return;
        }
        if (path[4..slash] != Token)
        {
            await WriteAsync(context, FakeAnswer.Error(401, "Unauthorized"));
            return;
        }

        var method = path[(slash + 1)..];
        var body = context.Request.ContentLength == 0
            ? []
            : await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted) as JsonObject ?? [];
        var request = new RecordedRequest(method, body, receivedAt);
        FakeAnswer? scripted;
        lock (_gate)
        {
            _requests.Add(request);
            scripted = TakeScripted(request) ?? TelegramRuleBroken(request);
        }

        using var aborted = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
        try
        {
            if (scripted is { Hangs: true })
                await Task.Delay(Timeout.Infinite, aborted.Token);
            else
                await WriteAsync(context, scripted ?? await DefaultAnswerAsync(request, aborted.Token));
        }
        catch (OperationCanceledException)
        {
            // The client gave up or the server is stopping: nothing left to answer.
        }
    }

    // The opt-in rules Telegram enforces on a bot: one poller, a flood limit. Called under _gate.
    private FakeAnswer? TelegramRuleBroken(RecordedRequest request)
    {
        if (request.Method == "sendMessage" && SendsPerSecondLimit is { } limit)
        {
            while (_recentSends.Count > 0 && request.ReceivedAt - _recentSends.Peek() >= TimeSpan.FromSeconds(1)) _recentSends.Dequeue();
            if (_recentSends.Count >= limit)
            {
                _floodRefusals++;
                return FakeAnswer.TooManyRequests(1);
            }
            _recentSends.Enqueue(request.ReceivedAt);
        }
        if (request.Method == "getUpdates")
        {
            if (OnePollerAtATime && _pollsInProgress > 0)
            {
                _conflicts++;
                return FakeAnswer.Error(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running");
            }
            // Counted here, under the lock, so two polls arriving together cannot both see none waiting.
            _pollsInProgress++;
        }
        return null;
    }

    private FakeAnswer? TakeScripted(RecordedRequest request)
    {
        var index = _script.FindIndex(s => s.Method == request.Method && (s.ChatId is null || s.ChatId == request.ChatId));
        if (index < 0) return null;
        var entry = _script[index];
        if (entry.Times <= 1) _script.RemoveAt(index);
        else _script[index] = entry with { Times = entry.Times - 1 };
        return entry.Answer;
    }

    private async Task<FakeAnswer> DefaultAnswerAsync(RecordedRequest request, CancellationToken cancellationToken)
    {
        var body = request.Body;
        switch (request.Method)
        {
            case "getMe":
                return FakeAnswer.Ok(new JsonObject { ["id"] = BotId, ["is_bot"] = true, ["first_name"] = "Briefing", ["username"] = "briefing_test_bot" });
            case "sendMessage":
            {
                var chatId = request.ChatId ?? 0;
                var message = new JsonObject
                {
                    ["message_id"] = Interlocked.Increment(ref _lastMessageId),
                    ["date"] = request.ReceivedAt.ToUnixTimeSeconds(),
                    ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = chatId > 0 ? "private" : "supergroup" },
                    ["from"] = new JsonObject { ["id"] = BotId, ["is_bot"] = true, ["first_name"] = "Briefing" },
                    ["text"] = request.Text,
                };
                if (body["message_thread_id"] is { } thread) message["message_thread_id"] = thread.DeepClone();
                return FakeAnswer.Ok(message);
            }
            case "editMessageText":
                return FakeAnswer.Ok(new JsonObject
                {
                    ["message_id"] = body["message_id"]?.DeepClone(),
                    ["date"] = request.ReceivedAt.ToUnixTimeSeconds(),
                    ["chat"] = new JsonObject { ["id"] = request.ChatId, ["type"] = request.ChatId > 0 ? "private" : "supergroup" },
                    ["text"] = request.Text,
                });
            case "getChatMember":
                return FakeAnswer.Ok(new JsonObject
                {
                    ["status"] = "member",
                    ["user"] = new JsonObject { ["id"] = body["user_id"]?.DeepClone(), ["is_bot"] = false, ["first_name"] = "Member" },
                });
            case "getUpdates":
                try { return FakeAnswer.Ok(await PollUpdatesAsync(body, cancellationToken)); }
                finally { lock (_gate) _pollsInProgress--; }
            case "answerCallbackQuery" or "setMyCommands" or "setWebhook" or "deleteWebhook":
                return FakeAnswer.Ok(true);
            default:
                return FakeAnswer.Error(404, "Not Found");
        }
    }

    /// <summary>Like Telegram: updates below the offset are confirmed and forgotten; with none pending the call waits up to its timeout.</summary>
    private async Task<JsonArray> PollUpdatesAsync(JsonObject body, CancellationToken cancellationToken)
    {
        var offset = body["offset"]?.GetValue<long>() ?? 0;
        var limit = body["limit"]?.GetValue<int>() ?? 100;
        var timeout = TimeSpan.FromSeconds(body["timeout"]?.GetValue<int>() ?? 0);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        while (true)
        {
            Task added;
            lock (_gate)
            {
                _updates.RemoveAll(u => u["update_id"]!.GetValue<long>() < offset);
                if (_updates.Count > 0 || deadline.IsCancellationRequested)
                    return new JsonArray(_updates.Take(limit).Select(u => (JsonNode)u.DeepClone()).ToArray());
                added = _updateAdded.Task;
            }
            try
            {
                await added.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // The poll timeout passed: answer with whatever is pending (nothing).
            }
        }
    }

    private static async Task WriteAsync(HttpContext context, FakeAnswer answer)
    {
        context.Response.StatusCode = answer.HttpStatus;
        context.Response.ContentType = answer.ContentType;
        await context.Response.WriteAsync(answer.Body, context.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(grace.Token);
        await _app.DisposeAsync();
        _stopping.Dispose();
    }

    private sealed record ScriptedAnswer(string Method, long? ChatId, FakeAnswer Answer, int Times);
}
