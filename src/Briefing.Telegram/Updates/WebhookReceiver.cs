using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Briefing.Telegram.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Telegram.Updates;

/// <summary>
/// Webhook mode (Telegram:Mode=Webhook): a loopback HTTP endpoint, behind the reverse proxy that owns Telegram:WebhookUrl,
/// registered with setWebhook and a secret token; requests without the matching X-Telegram-Bot-Api-Secret-Token are refused.
/// </summary>
public sealed class WebhookReceiver(
    ITelegramBotApi api,
    UpdateDispatcher dispatcher,
    UpdateOffset offset,
    BotIdentity identity,
    CommandMenu menu,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<WebhookReceiver> logger) : BackgroundService
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    private readonly SemaphoreSlim oneAtATime = new(1, 1);
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

            await identity.LearnAsync(stoppingToken);
            await RegisterWebhookAsync(settings, stoppingToken);
            await menu.RegisterAsync(stoppingToken);
            await Task.Delay(Timeout.InfiniteTimeSpan, time, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            logger.LogInformation("Webhook endpoint stopping");
        }
        finally
        {
            await app.StopAsync(CancellationToken.None);
        }
    }

    private async Task RegisterWebhookAsync(TelegramOptions settings, CancellationToken cancellationToken)
    {
        for (var failures = 1; ; failures++)
        {
            try
            {
                await api.SendAsync(new SetWebhookRequest(settings.WebhookUrl)
                {
                    SecretToken = settings.WebhookSecret,
                    AllowedUpdates = UpdateDispatcher.HandledKinds,
                }, cancellationToken);
                return;
            }
            catch (Exception ex) when (ex is BotApiException or BotTransportException)
            {
                var delay = Backoff.Delay(failures);
                logger.LogWarning(ex, "setWebhook failed (attempt {Attempt}); retrying in {Delay}", failures, delay);
                await Task.Delay(delay, time, cancellationToken);
            }
        }
    }

    private async Task<IResult> ReceiveAsync(HttpContext http, string secret)
    {
        var given = http.Request.Headers[SecretHeader].ToString();
        if (given.Length == 0) return Results.Unauthorized();
        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(secret)))
            return Results.StatusCode(StatusCodes.Status403Forbidden);

        Update? update;
        try
        {
            update = await JsonSerializer.DeserializeAsync(http.Request.Body, TelegramJsonContext.Default.Update, http.RequestAborted);
        }
        catch (JsonException)
        {
            return Results.BadRequest();
        }
        if (update is null) return Results.BadRequest();

        // One update at a time, in the order they come, so the recorded offset only grows.
        await oneAtATime.WaitAsync(CancellationToken.None);
        try
        {
            // Telegram repeats a delivery it got no 200 for; an update already handled is acknowledged again only.
            if (update.UpdateId <= (await offset.GetLastHandledAsync(CancellationToken.None) ?? 0)) return Results.Ok();
            using (var handling = new CancellationTokenSource(UpdateDispatcher.HandlerTimeout, time))
                await dispatcher.HandleAsync(update, handling.Token);
            await offset.SetLastHandledAsync(update.UpdateId, CancellationToken.None);
            return Results.Ok();
        }
        finally
        {
            oneAtATime.Release();
        }
    }

    private static bool IsLoopback(Uri url) =>
        url.IsLoopback || (IPAddress.TryParse(url.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
