using System.Data.Common;
using System.Text.Json;
using Briefing.Store.Database;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Requests;

namespace Briefing.Telegram.Updates;

/// <summary>
/// The long-polling update loop: getUpdates from just after the last handled update, each update handled and then
/// recorded in SQLite, so a restart neither repeats nor skips one.
/// </summary>
public sealed class UpdatePoller(
    ITelegramBotClient client,
    UpdateReader reader,
    UpdateDispatcher dispatcher,
    UpdateOffset offset,
    BotIdentity identity,
    CommandMenu menu,
    TokenRejection tokenRejection,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<UpdatePoller> logger) : BackgroundService
{
    /// <summary>Pause after a poll that came back empty at once (emulators do not hold the call), so the loop does not spin.</summary>
    public static readonly TimeSpan IdleDelay = TimeSpan.FromMilliseconds(500);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await PrepareAsync(stoppingToken);
            // The menu is registered beside the loop: a slow or missing setMyCommands must not hold up updates.
            var registration = menu.RegisterAsync(stoppingToken);
            try
            {
                await PollAsync(stoppingToken);
            }
            finally
            {
                await registration;
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            logger.LogInformation("Update loop stopped");
        }
        catch (ApiRequestException ex) when (TokenRejection.Means(ex))
        {
            tokenRejection.StopWorker("getMe");
        }
    }

    private async Task PrepareAsync(CancellationToken cancellationToken)
    {
        await identity.LearnAsync(cancellationToken);
        try
        {
            // getUpdates is refused while a webhook is set; a bot moved back to polling must clear it.
            await client.SendRequest(new DeleteWebhookRequest(), cancellationToken);
        }
        catch (RequestException ex)
        {
            logger.LogWarning(ex, "deleteWebhook failed; polling anyway");
        }
    }

    private async Task PollAsync(CancellationToken stoppingToken)
    {
        var next = (await WithStoreRetriesAsync(offset.GetLastHandledAsync, "read the last handled update id", stoppingToken) ?? 0) + 1;
        var failures = 0;
        var pollSeconds = options.Value.PollTimeoutSeconds;
        while (!stoppingToken.IsCancellationRequested)
        {
            var started = time.GetTimestamp();
            JsonElement[] batch;
            try
            {
                batch = await client.SendRequest(new GetUpdatesAsJsonRequest
                {
                    Offset = next,
                    Timeout = pollSeconds,
                    AllowedUpdates = UpdateDispatcher.HandledKinds,
                }, stoppingToken);
                if (failures > 0) logger.LogInformation("getUpdates works again after {Failures} failure(s)", failures);
                failures = 0;
            }
            catch (RequestException ex) when (!TokenRejection.Means(ex))
            {
                failures++;
                var delay = ex is ApiRequestException { Parameters.RetryAfter: { } retryAfter } ? TimeSpan.FromSeconds(retryAfter) : Backoff.Delay(failures);
                logger.LogWarning(ex, "getUpdates failed ({Failures} in a row); retrying in {Delay}", failures, delay);
                await Task.Delay(delay, time, stoppingToken);
                continue;
            }

            foreach (var (id, json) in batch.Select(json => (Id: UpdateReader.IdOf(json), Json: json)).Where(u => u.Id is not null).OrderBy(u => u.Id))
            {
                // A server may repeat updates below the offset; those are already handled.
                if (id < next) continue;
                if (reader.Read(json) is { } update)
                {
                    using var handling = new CancellationTokenSource(UpdateDispatcher.HandlerTimeout, time);
                    await dispatcher.HandleAsync(update, handling.Token);
                }
                await WithStoreRetriesAsync(async _ =>
                {
                    await offset.SetLastHandledAsync(id!.Value, CancellationToken.None);
                    return true;
                }, $"record update {id} as handled", stoppingToken);
                next = id!.Value + 1;
            }

            if (batch.Length == 0 && time.GetElapsedTime(started) < IdleDelay)
                await Task.Delay(IdleDelay, time, stoppingToken);
        }
    }

    // A busy or briefly unreachable database must not end the loop; were the offset skipped instead, a restart would repeat updates.
    private Task<T> WithStoreRetriesAsync<T>(Func<CancellationToken, Task<T>> action, string what, CancellationToken stoppingToken) =>
        Backoff.UntilDoneAsync(action, ex => ex is DbException or DatabaseUnavailableException, what, logger, time, stoppingToken);
}
