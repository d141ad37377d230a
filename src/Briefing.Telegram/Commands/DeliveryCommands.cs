using System.Globalization;
using Briefing.Store.Chats;
using static Briefing.Telegram.Commands.BotText;

namespace Briefing.Telegram.Commands;

/// <summary>/time, /timezone, /pause, /resume and /stop: when (and whether) a chat gets its digest.</summary>
public sealed class DeliveryCommands(ISubscriberRepository subscribers, TimeProvider time)
{

    public async Task TimeAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var argument = context.Command.ArgumentText;
        var followSchedule = argument.Equals("default", StringComparison.OrdinalIgnoreCase);
        TimeOnly deliveryTime = default;
        if (!followSchedule && !DeliveryTimeParser.TryParse(argument, out deliveryTime))
        {
            var given = argument.Length == 0 ? "" : $"“{Escape(argument)}” is not a time. ";
            await context.ReplyAsync(given + "Send the hour of your daily digest as HH:MM on a 24-hour clock, e.g. <code>/time 07:30</code> (<code>/time default</code> follows the usual schedule).", cancellationToken: cancellationToken);
            return;
        }
        var subscriber = await subscribers.EnsureAsync(context.AsNewSubscriber(), cancellationToken);
        var zone = IanaTimeZones.ForSubscriber(subscriber.TimeZone);
        if (followSchedule)
        {
            await subscribers.SetDeliveryTimeAsync(context.Key, null, subscriber.TimeZone, null, cancellationToken);
            await context.ReplyAsync("Your digest follows the usual schedule again.", cancellationToken: cancellationToken);
            return;
        }
        var next = DeliveryTimeCalculator.Next(deliveryTime, zone, time.GetUtcNow());
        await subscribers.SetDeliveryTimeAsync(context.Key, deliveryTime, subscriber.TimeZone, next, cancellationToken);
        await context.ReplyAsync($"Daily digest at {deliveryTime.ToString("HH:mm", CultureInfo.InvariantCulture)} ({Escape(subscriber.TimeZone)}). Next: {LocalTime(next, zone)}."
            + NoTopicsHint(subscriber), cancellationToken: cancellationToken);
    }

    public async Task TimeZoneAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var argument = context.Command.ArgumentText;
        if (argument.Length == 0 || !IanaTimeZones.TryFind(argument, out var zone))
        {
            var nearest = argument.Length == 0 ? null : EditDistance.Nearest(argument, IanaTimeZones.AllIds());
            var given = argument.Length == 0 ? "" : $"“{Escape(argument)}” is not a time zone I know."
                + (nearest is null ? "" : $" Did you mean <code>{Escape(nearest)}</code>?") + " ";
            await context.ReplyAsync(given + "Send an IANA time zone, e.g. <code>/timezone Europe/Kyiv</code> or <code>/timezone America/New_York</code>.", cancellationToken: cancellationToken);
            return;
        }
        var subscriber = await subscribers.EnsureAsync(context.AsNewSubscriber(), cancellationToken);
        var next = subscriber.DeliveryTime is { } at ? DeliveryTimeCalculator.Next(at, zone, time.GetUtcNow()) : (DateTimeOffset?)null;
        await subscribers.SetDeliveryTimeAsync(context.Key, subscriber.DeliveryTime, argument, next, cancellationToken);
        var when = next is { } due
            ? $" Next digest: {LocalTime(due, zone)}."
            : " Choose the hour of your daily digest with <code>/time HH:MM</code>.";
        await context.ReplyAsync($"Time zone set to {Escape(argument)}.{when}", cancellationToken: cancellationToken);
    }

    public async Task PauseAsync(CommandContext context, CancellationToken cancellationToken) => await SetPausedAsync(context, true, cancellationToken);

    public async Task ResumeAsync(CommandContext context, CancellationToken cancellationToken) => await SetPausedAsync(context, false, cancellationToken);

    public async Task StopAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var forgotten = await subscribers.ForgetAsync(context.Key, cancellationToken);
        await context.ReplyAsync(forgotten
            ? "Stopped: your subscriptions and settings are deleted. /start to begin again."
            : "There was nothing to stop: I keep nothing for this chat. /start to subscribe.", cancellationToken: cancellationToken);
    }

    /// <summary>One line on when the subscriber gets digests, for /subscriptions.</summary>
    public static string DescribeDelivery(Subscriber subscriber)
    {
        if (subscriber.IsPaused) return "Delivery is paused; /resume to receive digests again.";
        if (subscriber.DeliveryTime is not { } at) return "Digests come on the usual morning schedule; /time HH:MM picks your own hour.";
        var zone = IanaTimeZones.ForSubscriber(subscriber.TimeZone);
        var next = subscriber.NextDueUtc is { } due ? $" Next: {LocalTime(due, zone)}." : "";
        return $"Daily digest at {at.ToString("HH:mm", CultureInfo.InvariantCulture)} ({Escape(subscriber.TimeZone)}).{next}";
    }

    private async Task SetPausedAsync(CommandContext context, bool paused, CancellationToken cancellationToken)
    {
        var subscriber = await subscribers.GetAsync(context.Key, cancellationToken);
        if (subscriber is null || subscriber.Topics.Count == 0)
        {
            await context.ReplyAsync("You have no subscriptions. /topics lists the topics.", cancellationToken: cancellationToken);
            return;
        }
        if (subscriber.IsPaused == paused)
        {
            await context.ReplyAsync(paused ? "Delivery is already paused." : "Delivery is not paused.", cancellationToken: cancellationToken);
            return;
        }
        await subscribers.SetPausedAsync(context.Key, paused, cancellationToken);
        await context.ReplyAsync(paused
            ? "Paused: no digests until you send /resume. Your topics are kept."
            : "Resumed: digests will come again.", cancellationToken: cancellationToken);
    }

    private static string NoTopicsHint(Subscriber subscriber) =>
        subscriber.Topics.Count == 0 ? " You have no topics yet: /topics lists them." : "";
}
