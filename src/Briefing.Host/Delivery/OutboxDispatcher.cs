using System.Collections.Concurrent;
using System.Threading.Channels;
using Briefing.Store.Chats;
using Briefing.Store.Database;
using Briefing.Store.Delivery;
using Briefing.Telegram;
using Briefing.Telegram.Sending;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Host.Delivery;

/// <summary>
/// Drains the outbox through the digest sender: each digest's messages in order, progress recorded after every
/// message, so a crash resends at most the one message that was in flight per digest. Failed digests retry with
/// exponential backoff and then park as failed; a subscriber's watermark moves only once the whole digest is out.
/// The worker's dispatcher sends only while the worker leads the bot (<see cref="BotLeader"/>: one sender per cluster).
/// Rows are claimed for Delivery:ClaimSeconds and the claim renewed while they are sent, so a worker that dies leaves
/// its rows to the next leader once the claim ends, to resume after their last recorded message.
/// </summary>
public sealed class OutboxDispatcher(
    BotLeader leader,
    IOutboxRepository outbox,
    IDigestSender sender,
    ISubscriberDirectory subscribers,
    OutboxSignal signal,
    IOptions<DeliveryOptions> options,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    // Rows this process's sender does not serve (a chat's digest in a process without the token): left for another.
    private readonly ConcurrentDictionary<long, byte> notServed = new();
    private string? unavailableReason;

    // Unique to this process and this dispatcher: the name its claims on outbox rows are made in.
    private readonly string worker = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";

    private TimeSpan ClaimTime => TimeSpan.FromSeconds(options.Value.ClaimSeconds);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try { await leader.LeadAsync(stoppingToken); }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { return; }
        while (!stoppingToken.IsCancellationRequested)
        {
            int handled;
            try
            {
                handled = await DispatchBatchAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (DatabaseUnavailableException ex)
            {
                // A busy database is waited out by polling again; a deleted or unusable one fails every poll the same way,
                // so each reason is said once (and /healthz says it too).
                if (ex.Reason != unavailableReason) logger.LogError("Outbox dispatch stopped: {Error}", ex.Message);
                unavailableReason = ex.Reason;
                handled = 0;
            }
            if (handled == 0)
            {
                try { await signal.WaitAsync(TimeSpan.FromMilliseconds(options.Value.PollMilliseconds), stoppingToken); }
                catch (OperationCanceledException) { break; }
            }
        }
    }

    /// <summary>Sends everything due now, batch after batch, and returns how many digests it handled (for `run --once`).</summary>
    public async Task<int> DrainAsync(CancellationToken cancellationToken = default)
    {
        var total = 0;
        int handled;
        while ((handled = await DispatchBatchAsync(cancellationToken)) > 0) total += handled;
        return total;
    }

    private async Task<int> DispatchBatchAsync(CancellationToken stoppingToken)
    {
        List<OutboxItem> due;
        do
        {
            var now = time.GetUtcNow();
            var claimed = await outbox.ClaimDueAsync(now, options.Value.BatchSize, worker, now + ClaimTime, notServed.Keys.ToList(), stoppingToken);
            if (claimed.Count == 0) return 0;
            due = claimed.Where(item => sender.Serves(item.Subscriber)).ToList();
            var others = claimed.Except(due).Select(item => item.Id).ToList();
            foreach (var id in others) notServed[id] = 0;
            await outbox.RenewClaimsAsync(others, worker, now, stoppingToken);
        }
        while (due.Count == 0);
        var ids = due.Select(item => item.Id).ToList();
        var progress = Channel.CreateUnbounded<PendingProgress>(new UnboundedChannelOptions { SingleReader = true });
        var recorder = RecordProgressAsync(progress.Reader);
        using var sending = new CancellationTokenSource();
        var renewer = RenewClaimsAsync(ids, sending.Token);
        try
        {
            await Parallel.ForEachAsync(
                due,
                new ParallelOptions { MaxDegreeOfParallelism = options.Value.Concurrency },
                async (item, _) => await SendDigestAsync(item, progress.Writer, stoppingToken));
        }
        finally
        {
            progress.Writer.Complete();
            await recorder;
            await sending.CancelAsync();
            await renewer;
            await ReleaseAsync(ids);
        }
        return due.Count;
    }

    // Keeps the batch's claim alive while it is sent: renewed every third of the claim time.
    private async Task RenewClaimsAsync(IReadOnlyCollection<long> ids, CancellationToken sending)
    {
        while (!sending.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(ClaimTime / 3, time, sending);
                await outbox.RenewClaimsAsync(ids, worker, time.GetUtcNow() + ClaimTime, sending);
            }
            catch (OperationCanceledException) when (sending.IsCancellationRequested)
            {
            }
            catch (DatabaseUnavailableException ex)
            {
                // The next renewal tries again; a claim that runs out meanwhile lets another worker resume the digests.
                logger.LogWarning(ex, "Could not renew the claim on {Count} outbox rows", ids.Count);
            }
        }
    }

    // What is still pending (parked by a stop between messages, or waiting for a retry) is free for any worker now.
    private async Task ReleaseAsync(IReadOnlyCollection<long> ids)
    {
        try
        {
            await outbox.RenewClaimsAsync(ids, worker, time.GetUtcNow(), CancellationToken.None);
        }
        catch (DatabaseUnavailableException ex)
        {
            logger.LogWarning(ex, "Could not let go of {Count} outbox rows; they are free when their claim ends", ids.Count);
        }
    }

    private async Task SendDigestAsync(OutboxItem item, ChannelWriter<PendingProgress> progress, CancellationToken stoppingToken)
    {
        for (var index = item.MessagesSent; index < item.Messages.Count; index++)
        {
            // Stopping parks the digest between messages: it stays pending with its progress and resumes at the next start.
            if (stoppingToken.IsCancellationRequested) return;
            // The send itself is not cancelled by stopping: a message cut off mid-request may or may not have arrived,
            // which would widen the duplicate bound. The sender's own timeouts keep this short.
            var outcome = await SendOneAsync(item.Subscriber, item.Messages[index]);
            switch (outcome)
            {
                case SendResult.Sent sent:
                    // The next message of this digest goes only once this one is on disk: at most one message per digest
                    // is ever sent but unrecorded, which is the whole duplicate bound after a crash.
                    var recorded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                    await progress.WriteAsync(new PendingProgress(new SentMessage(item.Id, index, sent.MessageId), recorded), CancellationToken.None);
                    await recorded.Task;
                    break;
                case SendResult.ChatUnavailable unreachable:
                    var reason = $"{unreachable.ErrorCode} {unreachable.Reason}";
                    logger.LogInformation("Digest {OutboxId} dropped: chat {ChatId} is unreachable ({Reason})", item.Id, item.Subscriber.ChatId, reason);
                    await outbox.MarkUndeliverableAsync(item.Id, reason, CancellationToken.None);
                    return;
                case SendResult.Failed failed:
                    await RecordFailureAsync(item, failed);
                    return;
            }
        }

        // The outbox moved a bot subscriber's watermark with the last message already; this covers subscribers kept
        // elsewhere (local mode's console) and repeats nothing harmful, since watermarks only move forward.
        if (item.WatermarkScope.Length == 0 && item.LastArticleId > 0)
            await subscribers.AdvanceWatermarkAsync(item.Subscriber, item.LastArticleId, CancellationToken.None);
    }

    // Group commit: the sends that finish while one transaction is being written go together in the next one.
    private async Task RecordProgressAsync(ChannelReader<PendingProgress> reader)
    {
        var batch = new List<PendingProgress>();
        while (await reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < 512 && reader.TryRead(out var pending)) batch.Add(pending);
            try
            {
                await outbox.RecordMessagesSentAsync(batch.Select(p => p.Message).ToList(), time.GetUtcNow(), CancellationToken.None);
                foreach (var pending in batch) pending.Recorded.SetResult();
            }
            catch (DatabaseUnavailableException ex)
            {
                // Each waiting send fails with it; their digests stay pending and resume at the last recorded message.
                foreach (var pending in batch) pending.Recorded.SetException(ex);
            }
        }
    }

    private sealed record PendingProgress(SentMessage Message, TaskCompletionSource Recorded);

    private async Task<SendResult> SendOneAsync(SubscriberKey to, string message)
    {
        try
        {
            return await sender.SendAsync(to, message, CancellationToken.None);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutException or TaskCanceledException or IOException)
        {
            // The type only: transport messages can carry the request URL, and with it the bot token.
            return new SendResult.Failed(ErrorCode: null, ex.GetType().Name, Retryable: true, Attempts: 1);
        }
    }

    private async Task RecordFailureAsync(OutboxItem item, SendResult.Failed failed)
    {
        var error = failed.ErrorCode is { } code ? $"{code} {failed.Description}" : failed.Description;
        var attempt = item.Attempts + 1;
        DateTimeOffset? retryAt = null;
        if (failed.Retryable && attempt < options.Value.MaxAttempts)
        {
            var delay = Math.Min(options.Value.RetryMaxSeconds, options.Value.RetryBaseSeconds * Math.Pow(2, attempt - 1));
            retryAt = time.GetUtcNow().AddSeconds(delay);
        }
        if (retryAt is null)
            logger.LogWarning("Digest {OutboxId} to chat {ChatId} parked as failed after {Attempts} attempts: {Error}", item.Id, item.Subscriber.ChatId, attempt, error);
        else
            logger.LogInformation("Digest {OutboxId} to chat {ChatId} failed (attempt {Attempt}), retrying at {RetryAt}: {Error}", item.Id, item.Subscriber.ChatId, attempt, retryAt, error);
        await outbox.RecordFailureAsync(item.Id, error, retryAt, CancellationToken.None);
    }
}
