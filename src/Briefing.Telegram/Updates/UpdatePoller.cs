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
/// The long-polling update loop: getUpdates from just after the last handled update; updates go to the
/// <see cref="PerChatUpdateQueue"/> (chats at the same time, each chat in order) and the offset recorded in the store
/// moves only past updates handled, so a restart skips none and repeats only those that were in flight.
/// Start and stop live in <see cref="ExecuteAsync"/> alone. With several workers on one PostgreSQL only the
/// <see cref="BotLeader"/> polls (Telegram answers a second poller 409 Conflict); the others wait to take over, from the
/// last handled update.
/// </summary>
public sealed class UpdatePoller(
    BotLeader leader,
    ITelegramBotClient client,
    UpdateReader reader,
    PerChatUpdateQueue queue,
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
            await leader.LeadAsync(stoppingToken);
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
        var recorded = await WithStoreRetriesAsync(offset.GetLastHandledAsync, "read the last handled update id", stoppingToken) ?? 0;
        var watermark = new UpdateWatermark(recorded);
        // Each update's "handled" reaches the watermark on its own continuation; the stop waits for them so that the
        // offset recorded last covers every update handled before the stop (else a restart would answer it again).
        var finishing = new HashSet<Task>();
        try
        {
            var failures = 0;
            var pollSeconds = options.Value.PollTimeoutSeconds;
            while (!stoppingToken.IsCancellationRequested)
            {
                recorded = await RecordAsync(watermark, recorded, stoppingToken);
                var started = time.GetTimestamp();
                var finished = watermark.NextFinish;
                JsonElement[] batch;
                try
                {
                    // From just after the last update handled: Telegram forgets what lies below the offset, so updates
                    // still in flight are asked for again (and recognised) until they are done.
                    batch = await client.SendRequest(new GetUpdatesAsJsonRequest
                    {
                        Offset = recorded + 1,
                        Timeout = watermark.InFlight > 0 ? 0 : pollSeconds,
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

                var received = 0;
                foreach (var (id, json) in batch.Select(json => (Id: UpdateReader.IdOf(json) ?? 0, Json: json)).OrderBy(u => u.Id))
                {
                    if (!watermark.Receive(id)) continue;
                    received++;
                    if (reader.Read(json) is { } update)
                    {
                        var finish = queue.EnqueueAsync(update).ContinueWith(handled =>
                        {
                            // Not handled (the stop came first): left in flight, so the offset stays below it for the next start.
                            if (handled.Result) watermark.Finish(id);
                        }, TaskContinuationOptions.ExecuteSynchronously);
                        lock (finishing) finishing.Add(finish);
                        _ = finish.ContinueWith(done => { lock (finishing) finishing.Remove(done); }, TaskScheduler.Default);
                    }
                    else
                        watermark.Finish(id);
                }

                if (received > 0) continue;
                // Nothing new: wait for an update in flight to finish, or pause so that a server answering at once does not make the loop spin.
                var pause = Task.Delay(IdleDelay - time.GetElapsedTime(started) is { Ticks: > 0 } rest ? rest : TimeSpan.Zero, time, stoppingToken);
                await (watermark.InFlight > 0 ? Task.WhenAny(finished, pause) : pause);
            }
        }
        finally
        {
            await queue.StopAsync();
            Task[] left;
            lock (finishing) left = [.. finishing];
            await Task.WhenAll(left);
            await RecordAsync(watermark, recorded, CancellationToken.None);
        }
    }

    private async Task<long> RecordAsync(UpdateWatermark watermark, long recorded, CancellationToken stoppingToken)
    {
        var through = watermark.HandledThrough;
        if (through <= recorded) return recorded;
        await WithStoreRetriesAsync(async _ =>
        {
            await offset.SetLastHandledAsync(through, CancellationToken.None);
            return true;
        }, $"record updates through {through} as handled", stoppingToken);
        return through;
    }

    // A busy or briefly unreachable database must not end the loop; were the offset skipped instead, a restart would repeat updates.
    private Task<T> WithStoreRetriesAsync<T>(Func<CancellationToken, Task<T>> action, string what, CancellationToken stoppingToken) =>
        Backoff.UntilDoneAsync(action, ex => ex is DbException or DatabaseUnavailableException, what, logger, time, stoppingToken);
}
