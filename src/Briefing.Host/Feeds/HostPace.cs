using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Briefing.Host.Feeds;

/// <summary>
/// Keeps fetches polite: one request at a time to each host, and Feeds:HostIntervalMilliseconds between the end of
/// one and the start of the next. Hosts are independent of each other.
/// </summary>
public sealed class HostPace(IOptions<FeedsOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, HostGate> hosts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Waits until the host may be asked; disposing the turn lets the next request to it go after the interval.</summary>
    public async Task<IDisposable> WaitTurnAsync(string host, CancellationToken cancellationToken = default)
    {
        var gate = hosts.GetOrAdd(host, _ => new HostGate());
        await gate.Semaphore.WaitAsync(cancellationToken);
        try
        {
            var wait = gate.NextAllowedUtc - time.GetUtcNow();
            if (wait > TimeSpan.Zero) await Task.Delay(wait, time, cancellationToken);
        }
        catch
        {
            gate.Semaphore.Release();
            throw;
        }
        return new Turn(gate, TimeSpan.FromMilliseconds(options.Value.HostIntervalMilliseconds), time);
    }

    private sealed class HostGate
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);
        public DateTimeOffset NextAllowedUtc { get; set; }
    }

    private sealed class Turn(HostGate gate, TimeSpan interval, TimeProvider time) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 1) return;
            gate.NextAllowedUtc = time.GetUtcNow() + interval;
            gate.Semaphore.Release();
        }
    }
}
