using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Briefing.Store.Chats;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Requests;

namespace Briefing.Telegram.Updates;

/// <summary>
/// Webhook mode (Telegram:Mode=Webhook): a loopback HTTP endpoint, behind the reverse proxy that owns Telegram:WebhookUrl,
/// registered with setWebhook and a secret token; requests without the matching X-Telegram-Bot-Api-Secret-Token are refused.
/// Deliveries come over several connections in any order and may repeat: each update is handled once, recognised by
/// its update_id in the store, and acknowledged only once handled and recorded.
/// </summary>
public sealed class WebhookReceiver(
    ITelegramBotClient client,
    UpdateReader reader,
    PerChatUpdateQueue queue,
    IBotStateRepository state,
    BotIdentity identity,
    CommandMenu menu,
    TokenRejection tokenRejection,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<WebhookReceiver> logger) : BackgroundService
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    /// <summary>Telegram redelivers an update only days apart at most; handled ids older than this are forgotten.</summary>
    public static readonly TimeSpan RememberHandledFor = TimeSpan.FromDays(2);

    private readonly ConcurrentDictionary<long, Lazy<Task<bool>>> inFlight = new();
    private readonly TaskCompletionSource<Uri> listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Where the endpoint listens once started (the port is the one Kestrel bound, e.g. for port 0 in tests).</summary>
    public Task<Uri> Listening => listening.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var listenUrl = new Uri(settings.WebhookListenUrl);
        if (!IsLoopback(listenUrl))
            throw new InvalidOperationException($"Telegram:WebhookListenUrl must be a loopback address such as http://127.0.0.1:8081 (a reverse proxy forwards Telegram's calls to it); '{listenUrl.Host}' is not.");
        var path = new Uri(settings.WebhookUrl).AbsolutePath;

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(listenUrl.GetLeftPart(UriPartial.Authority));
        // Requests are not logged: stdout belongs to the commands, and the host's own logging covers what matters.
        builder.Logging.ClearProviders();
        await using var app = builder.Build();
        app.MapPost(path, (Func<HttpContext, Task<IResult>>)(http => ReceiveAsync(http, settings.WebhookSecret)));
        await app.StartAsync(stoppingToken);
        try
        {
            var bound = new Uri(app.Urls.First());
            listening.TrySetResult(new Uri(bound, path));
            logger.LogInformation("Webhook endpoint listening on {Address}{Path}", bound, path);

            var forgotten = await state.ForgetHandledUpdatesAsync(time.GetUtcNow() - RememberHandledFor, stoppingToken);
            logger.LogDebug("Forgot {Count} handled update id(s) older than {Days} days", forgotten, RememberHandledFor.TotalDays);
            await identity.LearnAsync(stoppingToken);
            await RegisterWebhookAsync(settings, stoppingToken);
            await menu.RegisterAsync(stoppingToken);
            await Task.Delay(Timeout.InfiniteTimeSpan, time, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            logger.LogInformation("Webhook endpoint stopping");
        }
        catch (ApiRequestException ex) when (TokenRejection.Means(ex))
        {
            tokenRejection.StopWorker(identity.Username is null ? "getMe" : "setWebhook");
        }
        finally
        {
            // Deliveries still waiting are answered 503 and come again after the restart; those running finish first.
            await queue.StopAsync();
            await app.StopAsync(CancellationToken.None);
        }
    }

    private Task RegisterWebhookAsync(TelegramOptions settings, CancellationToken cancellationToken) =>
        Backoff.UntilDoneAsync(ct => client.SendRequest(new SetWebhookRequest
        {
            Url = settings.WebhookUrl,
            SecretToken = settings.WebhookSecret,
            // Deliberate: this many deliveries at once, which arrive in any order; each is recognised by its update_id.
            MaxConnections = settings.WebhookMaxConnections,
            AllowedUpdates = UpdateDispatcher.HandledKinds,
        }, ct), ex => ex is RequestException && !TokenRejection.Means(ex), "register the webhook with setWebhook", logger, time, cancellationToken);

    private async Task<IResult> ReceiveAsync(HttpContext http, string secret)
    {
        var given = http.Request.Headers[SecretHeader].ToString();
        if (given.Length == 0) return Results.Unauthorized();
        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(secret)))
            return Results.StatusCode(StatusCodes.Status403Forbidden);

        JsonElement body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<JsonElement>(http.Request.Body, cancellationToken: http.RequestAborted);
        }
        catch (JsonException)
        {
            return Results.BadRequest();
        }
        if (UpdateReader.IdOf(body) is not { } updateId) return Results.BadRequest();

        // A redelivery while the first delivery is still being handled waits for that one instead of handling it again.
        var delivery = inFlight.GetOrAdd(updateId, id => new Lazy<Task<bool>>(() => HandleOnceAsync(id, body)));
        try
        {
            // 200 only once the update is handled and recorded; otherwise Telegram delivers it again later.
            return await delivery.Value ? Results.Ok() : Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }
        finally
        {
            inFlight.TryRemove(new KeyValuePair<long, Lazy<Task<bool>>>(updateId, delivery));
        }
    }

    private async Task<bool> HandleOnceAsync(long updateId, JsonElement body)
    {
        if (await state.IsUpdateHandledAsync(updateId, CancellationToken.None)) return true;
        // An update that cannot be read is recorded and skipped (logged): refused, Telegram would send it again and again.
        if (reader.Read(body) is { } update && !await queue.EnqueueAsync(update)) return false;
        await state.MarkUpdateHandledAsync(updateId, time.GetUtcNow(), CancellationToken.None);
        return true;
    }

    private static bool IsLoopback(Uri url) =>
        url.IsLoopback || (IPAddress.TryParse(url.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
