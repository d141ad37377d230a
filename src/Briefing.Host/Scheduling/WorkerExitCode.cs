using Briefing.Telegram;
using Briefing.Telegram.Updates;

namespace Briefing.Host.Scheduling;

/// <summary>
/// The exit code `briefing run` ends with: 1 when a start-up step had to stop the worker, Telegram rejected the bot token,
/// or the worker lost the bot's lead.
/// </summary>
public sealed class WorkerExitCode(TokenRejection? tokenRejection = null, BotLeader? leader = null)
{
    private int _value;

    // Without the bot (hosts that run the scheduler alone) there is no token to reject.
    public int Value => tokenRejection is { Happened: true } || leader is { Lost: true } ? 1 : Volatile.Read(ref _value);

    public void Fail() => Volatile.Write(ref _value, 1);
}
