namespace Briefing.Host.Scheduling;

/// <summary>The exit code `briefing run` ends with: set by a start-up step that had to stop the worker.</summary>
public sealed class WorkerExitCode
{
    private int _value;

    public int Value => Volatile.Read(ref _value);

    public void Fail() => Volatile.Write(ref _value, 1);
}
