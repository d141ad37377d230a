using Briefing.Telegram.Updates;

namespace Briefing.Host.Scheduling;

/// <summary>The exit code `briefing run` ends with: 1 when a start-up step had to stop the worker or Telegram rejected the bot token.</summary>
public sealed class WorkerExitCode(TokenRejection? tokenRejection = null)
{
    private int _value;

    // Without the bot (hosts that run the scheduler alone) there is no token to reject.
    public int Value => tokenRejection is { Happened: true } ? 1 : Volatile.Read(ref _value);

    public void Fail() => Volatile.Write(ref _value, 1);
}
