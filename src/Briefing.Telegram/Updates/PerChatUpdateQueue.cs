using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot.Types;

namespace Briefing.Telegram.Updates;

/// <summary>
/// Handles updates of different chats at the same time, at most Telegram:MaxParallelChats at once, and each chat's
/// updates one after another in the order they were queued: one chat's paced replies hold up no other chat.
/// Both the poller and the webhook endpoint hand their updates here.
/// </summary>
public sealed class PerChatUpdateQueue
{
    /// <summary>After a stop, updates already running get this long to finish before their handling is cancelled.</summary>
    public static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(10);

    private readonly UpdateDispatcher _dispatcher;
    private readonly ILogger<PerChatUpdateQueue> _logger;
    private readonly SemaphoreSlim _slots;
    private readonly Lock _gate = new();
    private readonly Dictionary<long, Queue<Queued>> _chats = [];
    private readonly HashSet<Task> _workers = [];
    // Cancelled at once by a stop: no waiting update starts after it.
    private readonly CancellationTokenSource _stopRequested = new();
    // Cancelled StopGrace after a stop: updates still running are cut off.
    private readonly CancellationTokenSource _stopping = new();
    public PerChatUpdateQueue(UpdateDispatcher dispatcher, IOptions<TelegramOptions> options, ILogger<PerChatUpdateQueue> logger)
    {
        _dispatcher = dispatcher;
        _logger = logger;
        _slots = new SemaphoreSlim(options.Value.MaxParallelChats);
    }

    /// <summary>The chat an update belongs to; an update without one is its own chat.</summary>
    public static long ChatOf(Update update) =>
        update.Message?.Chat.Id ?? update.CallbackQuery?.Message?.Chat.Id ?? update.CallbackQuery?.From.Id
        ?? update.MyChatMember?.Chat.Id ?? update.EditedMessage?.Chat.Id ?? update.ChannelPost?.Chat.Id ?? long.MinValue + update.Id;

    /// <summary>
    /// Queues the update behind its chat's earlier ones. The task completes true once it has been handled, or false
    /// when the queue stopped before it started (it is then left for the next start to handle).
    /// </summary>
    public Task<bool> EnqueueAsync(Update update)
    {
        var queued = new Queued(update, new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously));
        var chat = ChatOf(update);
        lock (_gate)
        {
            if (_stopped)
            {
                queued.Done.SetResult(false);
                return queued.Done.Task;
            }
            if (_chats.TryGetValue(chat, out var waiting))
            {
                waiting.Enqueue(queued);
            }
            else
            {
                _chats.Add(chat, new Queue<Queued>([queued]));
                var worker = Task.Run(() => RunChatAsync(chat));
                _workers.Add(worker);
                worker.ContinueWith(done => { lock (_gate) _workers.Remove(done); }, TaskScheduler.Default);
            }
        }
        return queued.Done.Task;
    }

    /// <summary>
    /// Starts no more updates; those running finish (cancelled after <see cref="StopGrace"/>) and those still waiting
    /// complete false. Completes when no update is running.
    /// </summary>
    public async Task StopAsync()
    {
        Task[] running;
        lock (_gate)
        {
            _stopped = true;
            _stopRequested.Cancel();
            _stopping.CancelAfter(StopGrace);
            running = [.. _workers];
        }
        await Task.WhenAll(running);
    }

    private bool _stopped;

    private async Task RunChatAsync(long chat)
    {
        while (true)
        {
            Queued next;
            lock (_gate)
            {
                var waiting = _chats[chat];
                if (waiting.Count == 0 || _stopped)
                {
                    _chats.Remove(chat);
                    foreach (var abandoned in waiting) abandoned.Done.TrySetResult(false);
                    return;
                }
                next = waiting.Dequeue();
            }
            // A slot per update, not per chat: a chat with many queued updates takes turns with the others.
            try
            {
                await _slots.WaitAsync(_stopRequested.Token);
            }
            catch (OperationCanceledException)
            {
                next.Done.TrySetResult(false);
                continue;
            }
            try
            {
                using var handling = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
                handling.CancelAfter(UpdateDispatcher.HandlerTimeout);
                await _dispatcher.HandleAsync(next.Update, handling.Token);
                next.Done.TrySetResult(true);
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                _logger.LogWarning("Update {UpdateId} was cut off by the stop; the next start handles it again", next.Update.Id);
                next.Done.TrySetResult(false);
            }
            catch (OperationCanceledException)
            {
                _logger.LogWarning("Update {UpdateId} took longer than {HandlerTimeout}; given up", next.Update.Id, UpdateDispatcher.HandlerTimeout);
                next.Done.TrySetResult(true);
            }
            catch (Exception ex)
            {
                // The dispatcher lets nothing escape; should it, the update still counts as handled rather than stopping the chat.
                _logger.LogError(ex, "Update {UpdateId} failed outside its handler", next.Update.Id);
                next.Done.TrySetResult(true);
            }
            finally
            {
                _slots.Release();
            }
        }
    }

    private sealed record Queued(Update Update, TaskCompletionSource<bool> Done);
}
