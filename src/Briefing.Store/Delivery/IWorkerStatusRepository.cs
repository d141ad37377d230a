namespace Briefing.Store.Delivery;

/// <summary>Small named facts the worker records about itself (last ingestion, scheduler state) for health and stats.</summary>
public interface IWorkerStatusRepository
{
    Task SetAsync(string name, string value, DateTimeOffset nowUtc, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<WorkerStatus>> ListAsync(CancellationToken cancellationToken = default);
}
