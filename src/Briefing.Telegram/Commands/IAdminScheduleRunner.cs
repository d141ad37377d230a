namespace Briefing.Telegram.Commands;

/// <summary>Runs an operator's schedule now (`/admin run NAME`); the scheduling feature implements it.</summary>
public interface IAdminScheduleRunner
{
    /// <summary>Queues the schedule's digests; returns how many, or null when there is no schedule of that name.</summary>
    Task<int?> RunNowAsync(string scheduleName, CancellationToken cancellationToken = default);
}
