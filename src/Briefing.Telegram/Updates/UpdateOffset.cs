using System.Globalization;
using Briefing.Store.Chats;

namespace Briefing.Telegram.Updates;

/// <summary>The id of the last update the bot has handled, kept in SQLite so a restarted bot resumes right after it.</summary>
public sealed class UpdateOffset(IBotStateRepository state)
{
    public const string Key = "last_update_id";

    /// <summary>The last handled update id, or null when the bot has never handled one.</summary>
    public async Task<long?> GetLastHandledAsync(CancellationToken cancellationToken = default) =>
        await state.GetAsync(Key, cancellationToken) is { } text ? long.Parse(text, CultureInfo.InvariantCulture) : null;

    public Task SetLastHandledAsync(long updateId, CancellationToken cancellationToken = default) =>
        state.SetAsync(Key, updateId.ToString(CultureInfo.InvariantCulture), cancellationToken);
}
