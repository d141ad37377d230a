using System.Collections.Concurrent;
using Briefing.Telegram.Sending;

namespace Briefing.Telegram.Tests.Fakes;

/// <summary>An <see cref="IChatLifecycle"/> that only remembers what it was told, for sender tests without a database.</summary>
public sealed class RecordingChatLifecycle : IChatLifecycle
{
    private readonly ConcurrentQueue<(long ChatId, string Reason)> _unavailable = new();
    private readonly ConcurrentQueue<(long OldChatId, long NewChatId)> _migrations = new();

    public IReadOnlyList<(long ChatId, string Reason)> Unavailable => _unavailable.ToArray();

    public IReadOnlyList<(long OldChatId, long NewChatId)> Migrations => _migrations.ToArray();

    public Task MarkUnavailableAsync(long chatId, string reason, CancellationToken cancellationToken = default)
    {
        _unavailable.Enqueue((chatId, reason));
        return Task.CompletedTask;
    }

    public Task MigrateAsync(long oldChatId, long newChatId, CancellationToken cancellationToken = default)
    {
        _migrations.Enqueue((oldChatId, newChatId));
        return Task.CompletedTask;
    }
}
