using System.Globalization;
using Briefing.Store.Chats;
using Briefing.Store.Delivery;
using Briefing.Store.Feeds;

namespace Briefing.Telegram.Commands;

/// <summary>
/// /admin for operators (Telegram:Operators): stats and feeds; the scheduling feature adds its subcommands here. Sent in
/// a group, the answer goes to the operator's private chat, and the group is told so: operator figures are not for every member.
/// </summary>
public sealed class AdminCommands(
    ISubscriberRepository subscribers, IOutboxRepository outbox, IFeedRepository feeds, TimeProvider time, AdminScheduleCommands? schedules = null)
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
        if (subcommand == "feeds")
        {
            await context.ReplyAsync(await FeedsAsync(cancellationToken), cancellationToken: cancellationToken);
            return;
        }
        if (subcommand is not null && subcommand != "stats" && schedules is not null && await schedules.TryHandleAsync(subcommand, context, cancellationToken)) return;
        if (subcommand != "stats")
        {
            await context.ReplyAsync("Operator commands: <code>/admin stats</code>, <code>/admin feeds</code>" + (schedules is null ? "." : ", " + AdminScheduleCommands.Usage + "."), cancellationToken: cancellationToken);
            return;
        }
        var stats = await subscribers.GetStatsAsync(cancellationToken);
        var deliveries = await outbox.CountAsync(time.GetUtcNow(), cancellationToken);
        await context.ReplyAsync(
            "<b>Stats</b>\n"
            + $"Subscribers: {stats.Subscribers}\n"
            + $"Active: {stats.Active}\n"
            + $"Paused: {stats.Paused}\n"
            + $"Unreachable (blocked or gone): {stats.Inactive}\n"
            + $"Deliveries today: {deliveries.SentToday}\n"
            + $"Failures: {deliveries.Failed}", cancellationToken: cancellationToken);
    }

    // The feeds and their health: a failing feed says how it failed and when it is tried again.
    private async Task<string> FeedsAsync(CancellationToken cancellationToken)
    {
        var all = await feeds.ListAsync(cancellationToken);
        if (all.Count == 0) return "No feeds. Operators add them with <code>briefing feeds add URL</code> or Feeds:Sources in config.";
        var lines = all.Select(f =>
        {
            var health = f.Paused ? "paused"
                : f.LastFetchUtc is null ? "not fetched yet"
                : f.ErrorsInRow > 0 ? $"failing ({f.ErrorsInRow} in a row): {f.LastStatus}"
                : $"ok, {f.Items} items";
            var last = f.LastFetchUtc is { } at ? $"; last {Time(at)}" : "";
            var next = !f.Paused && f.NextFetchUtc is { } due ? $"; next {Time(due)}" : "";
            return $"<b>{BotText.Escape(f.CreditedOutlet ?? "untitled")}</b> {BotText.Escape(f.Url)}\n{BotText.Escape(health)}{last}{next}";
        });
        return $"<b>Feeds</b> ({all.Count})\n" + string.Join("\n", lines);
    }

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
