namespace Briefing.Host.Tests.Delivery;

/// <summary>A clock that shows what the test sets; timers still run on real time (the scheduler's waits stay real).</summary>
public sealed class ManualTimeProvider(DateTimeOffset now) : TimeProvider
{
    private long ticks = now.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref ticks), TimeSpan.Zero);

    public void Set(DateTimeOffset value) => Interlocked.Exchange(ref ticks, value.UtcTicks);

    public void Advance(TimeSpan by) => Interlocked.Add(ref ticks, by.Ticks);
}
