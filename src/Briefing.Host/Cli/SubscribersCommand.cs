using System.CommandLine;
using System.Text.Json;
using Briefing.Host.Health;
using Briefing.Host.Hosting;
using Briefing.Store.Chats;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Host.Cli;

/// <summary>`briefing subscribers [--json]`: every subscriber with topics, delivery time and state, read from the database.</summary>
public static class SubscribersCommand
{
    private const int PageSize = 1000;

    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "One JSON object per line." };
        var command = new Command("subscribers", "List the subscribers: topics, delivery time, watermark, state.");
        command.Options.Add(json);
        command.SetAction((parse, cancellationToken) => CommandErrors.RunAsync(parse, async () =>
        {
            using var host = BriefingHost.CreateBuilder(parse).Build();
            var repository = host.Services.GetRequiredService<ISubscriberRepository>();
            var output = parse.InvocationConfiguration.Output;
            var asJson = parse.GetValue(json);
            SubscriberKey? after = null;
            var count = 0;
            while (true)
            {
                var page = await repository.ListActiveAsync(after, PageSize, cancellationToken);
                foreach (var s in page)
                {
                    output.WriteLine(asJson ? JsonLine(s) : TextLine(s));
                    count++;
                }
                if (page.Count < PageSize) break;
                after = page[^1].Key;
            }
            if (!asJson && count == 0) output.WriteLine("No active subscribers.");
            return 0;
        }));
        return command;
    }

    private static string JsonLine(Subscriber s) => JsonSerializer.Serialize(new
    {
        chat_id = s.Key.ChatId,
        thread_id = s.Key.ThreadId,
        chat_type = s.ChatType,
        title = s.Title,
        paused = s.IsPaused,
        topics = s.Topics.Select(t => t.Slug),
        delivery_time = s.DeliveryTime?.ToString("HH:mm"),
        time_zone = s.TimeZone,
        next_due_utc = s.NextDueUtc,
        watermark = s.Watermark,
        last_digest_utc = s.LastDigestAt,
    }, HealthJson.Options);

    private static string TextLine(Subscriber s)
    {
        var when = s.DeliveryTime is { } t ? $"{t:HH\\:mm} {s.TimeZone}" : "schedules";
        var state = s.IsPaused ? " (paused)" : "";
        return $"{s.Key,-24} {s.ChatType,-10} {string.Join(",", s.Topics.Select(x => x.Slug)),-30} {when,-22} watermark {s.Watermark}{state}";
    }
}
