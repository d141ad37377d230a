using System.CommandLine;
using System.Text.Json;
using Briefing.Host.Health;
using Briefing.Host.Hosting;
using Briefing.Store.Delivery;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Host.Cli;

/// <summary>`briefing deliveries [--failed] [--json]`: the latest outbox rows (or the parked failures), newest first.</summary>
public static class DeliveriesCommand
{
    public static Command Create()
    {
        var failed = new Option<bool>("--failed") { Description = "Only digests that used up their retries and are parked as failed." };
        var json = new Option<bool>("--json") { Description = "One JSON object per line." };
        var limit = new Option<int>("--limit") { Description = "How many to show.", DefaultValueFactory = _ => 100 };
        var command = new Command("deliveries", "List queued, sent and failed digests, newest first.");
        command.Options.Add(failed);
        command.Options.Add(json);
        command.Options.Add(limit);
        command.SetAction((parse, cancellationToken) => CommandErrors.RunAsync(parse, async () =>
        {
            if (parse.GetValue(limit) < 1) return CommandErrors.Fail(parse, "--limit must be 1 or more.");
            using var host = BriefingHost.CreateBuilder(parse).Build();
            var items = await host.Services.GetRequiredService<IOutboxRepository>().ListAsync(parse.GetValue(failed), parse.GetValue(limit), cancellationToken);
            var output = parse.InvocationConfiguration.Output;
            var asJson = parse.GetValue(json);
            foreach (var item in items) output.WriteLine(asJson ? JsonLine(item) : TextLine(item));
            if (!asJson && items.Count == 0) output.WriteLine(parse.GetValue(failed) ? "No failed deliveries." : "No deliveries yet.");
            return 0;
        }));
        return command;
    }

    private static string JsonLine(OutboxItem i) => JsonSerializer.Serialize(new
    {
        id = i.Id,
        schedule = i.ScheduleName,
        period = i.PeriodKey,
        chat_id = i.Subscriber.ChatId,
        thread_id = i.Subscriber.ThreadId,
        status = i.Status,
        messages = i.Messages.Count,
        messages_sent = i.MessagesSent,
        telegram_message_ids = i.TelegramMessageIds,
        attempts = i.Attempts,
        last_error = i.LastError,
        last_article_id = i.LastArticleId,
        created_utc = i.CreatedUtc,
        next_attempt_utc = i.NextAttemptUtc,
        sent_utc = i.SentUtc,
    }, HealthJson.Options);

    private static string TextLine(OutboxItem i)
    {
        var error = i.LastError is null ? "" : $"  last error: {i.LastError}";
        return $"{i.Id,7}  {i.CreatedUtc:yyyy-MM-dd HH:mm}  {i.ScheduleName,-12} {i.Subscriber,-22} {i.Status,-13} {i.MessagesSent}/{i.Messages.Count} messages, {i.Attempts} attempts{error}";
    }
}
