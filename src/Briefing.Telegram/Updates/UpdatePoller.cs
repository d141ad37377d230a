using System.Data.Common;
using Briefing.Store.Database;
using Briefing.Telegram.Api;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Telegram.Updates;

/// <summary>
/// The long-polling update loop: getUpdates from just after the last handled update, each update handled and then
/// recorded in SQLite, so a restart neither repeats nor skips one.
/// </summary>
public sealed class UpdatePoller(
    ITelegramBotApi api,
    UpdateDispatcher dispatcher,
    UpdateOffset offset,
    BotIdentity identity,
    CommandMenu menu,
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
    }

    private async Task PrepareAsync(CancellationToken cancellationToken)
    {
        await identity.LearnAsync(cancellationToken);
        try
        {
            // getUpdates is refused while a webhook is set; a bot moved back to polling must clear it.
            await api.SendAsync(new DeleteWebhookRequest(), cancellationToken);
        }
        catch (Exception ex) when (ex is BotApiException or BotTransportException)
        {
            logger.LogWarning(ex, "deleteWebhook failed; polling anyway");
        }
    }

    private async Task PollAsync(CancellationToken stoppingToken)
    {
        var next = (await WithStoreRetriesAsync(() => offset.GetLastHandledAsync(stoppingToken), "read the last handled update id", stoppingToken) ?? 0) + 1;
        var failures = 0;
        var pollSeconds = options.Value.PollTimeoutSeconds;
        while (!stoppingToken.IsCancellationRequested)
        {
            var started = time.GetTimestamp();
            IReadOnlyList<Update> updates;
            try
            {
                updates = await api.SendAsync(new GetUpdatesRequest
                {
                    Offset = next,
                    Timeout = pollSeconds,
                    AllowedUpdates = UpdateDispatcher.HandledKinds,
                }, stoppingToken);
                if (failures > 0) logger.LogInformation("getUpdates works again after {Failures} failure(s)", failures);
                failures = 0;
            }
            catch (Exception ex) when (ex is BotApiException or BotTransportException)
            {
                failures++;
                var delay = ex is BotApiException { RetryAfter: { } retryAfter } ? retryAfter : Backoff.Delay(failures);
                logger.LogWarning(ex, "getUpdates failed ({Failures} in a row); retrying in {Delay}", failures, delay);
                await Task.Delay(delay, time, stoppingToken);
                continue;
            }

            foreach (var update in updates.OrderBy(u => u.UpdateId))
            {
                // A server may repeat updates below the offset; those are already handled.
                if (update.UpdateId < next) continue;
                using (var handling = new CancellationTokenSource(UpdateDispatcher.HandlerTimeout, time))
                    await dispatcher.HandleAsync(update, handling.Token);
                await WithStoreRetriesAsync(async () =>
                {
                    await offset.SetLastHandledAsync(update.UpdateId, CancellationToken.None);
                    return true;
                }, $"record update {update.UpdateId} as handled", stoppingToken);
                next = update.UpdateId + 1;
            }

            if (updates.Count == 0 && time.GetElapsedTime(started) < IdleDelay)
                await Task.Delay(IdleDelay, time, stoppingToken);
        }
    }

    // A busy or briefly unreachable database must not end the loop; were the offset skipped instead, a restart would repeat updates.
    private async Task<T> WithStoreRetriesAsync<T>(Func<Task<T>> action, string what, CancellationToken stoppingToken)
    {
        for (var failures = 1; ; failures++)
        {
            try
            {
                return await action();
            }
            catch (Exception ex) when (ex is DbException or DatabaseUnavailableException)
            {
                var delay = Backoff.Delay(failures);
                logger.LogError(ex, "Could not {What} ({Failures} in a row); retrying in {Delay}", what, failures, delay);
                await Task.Delay(delay, time, stoppingToken);
            }
        }
    }
}
