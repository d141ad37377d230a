using Briefing.Store.Chats;

namespace Briefing.Telegram.Commands;

/// <summary>
/// /admin for operators (Telegram:Operators): stats now; the scheduling feature adds its subcommands here. Sent in a
/// group, the answer goes to the operator's private chat, and the group is told so: operator figures are not for every member.
/// </summary>
public sealed class AdminCommands(ISubscriberRepository subscribers, IDeliveryStatistics deliveries, AdminScheduleCommands? schedules = null)
{
    public async Task AdminAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (context.IsPrivate || context.Message.From is null)
        {
            await AnswerAsync(context, cancellationToken);
            return;
        }
        var privately = context.Privately();
        await AnswerAsync(privately, cancellationToken);
        await context.ReplyAsync(privately.PrivateReplyFailed
            ? "Operator answers go to a private chat, and I cannot write to you there yet: open a chat with me, press Start, then send the command again."
            : "Sent to you in a private chat.", cancellationToken: cancellationToken);
    }

    private async Task AnswerAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var subcommand = context.Command.Arguments.FirstOrDefault()?.ToLowerInvariant();
        if (subcommand is not null && subcommand != "stats" && schedules is not null && await schedules.TryHandleAsync(subcommand, context, cancellationToken)) return;
        if (subcommand != "stats")
        {
            await context.ReplyAsync("Operator commands: <code>/admin stats</code>" + (schedules is null ? "." : ", " + AdminScheduleCommands.Usage + "."), cancellationToken: cancellationToken);
            return;
        }
        var stats = await subscribers.GetStatsAsync(cancellationToken);
        var today = await deliveries.GetTodayAsync(cancellationToken);
        await context.ReplyAsync(
            "<b>Stats</b>\n"
            + $"Subscribers: {stats.Subscribers}\n"
            + $"Active: {stats.Active}\n"
            + $"Paused: {stats.Paused}\n"
            + $"Unreachable (blocked or gone): {stats.Inactive}\n"
            + $"Deliveries today: {today.DeliveredToday}\n"
            + $"Failures: {today.Failed}", cancellationToken: cancellationToken);
    }
}
