namespace Briefing.Store.Schedules;

/// <summary>Operators' schedules, the source of truth the worker syncs its Quartz triggers from.</summary>
public interface IScheduleRepository
{
    Task<IReadOnlyList<Schedule>> ListAsync(CancellationToken cancellationToken = default);

    Task<Schedule?> GetAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Adds the schedule; false when one of that name exists (nothing changes then).</summary>
    Task<bool> AddAsync(Schedule schedule, CancellationToken cancellationToken = default);

    /// <summary>Applies the change; false when there is no schedule of that name.</summary>
    Task<bool> UpdateAsync(string name, ScheduleChange change, DateTimeOffset nowUtc, CancellationToken cancellationToken = default);

    Task<bool> SetPausedAsync(string name, bool paused, DateTimeOffset nowUtc, CancellationToken cancellationToken = default);

    Task<bool> RemoveAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>A number that changes whenever any schedule does: the worker re-syncs when it moves.</summary>
    Task<long> GetVersionAsync(CancellationToken cancellationToken = default);
}
