using System.CommandLine;
using System.Text.Json;
using Briefing.Host.Delivery;
using Briefing.Host.Health;
using Briefing.Host.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Host.Cli;

/// <summary>`briefing stats [--json]`: subscribers, deliveries today, failures, backlog, last ingestion and runs, the feeds — the worker's /healthz figures, read from the database.</summary>
public static class StatsCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "One JSON document (the delivery part of GET /healthz)." };
        var command = new Command("stats", "Show subscribers, deliveries today, failures, the outbox backlog, the last runs and the feeds.");
        command.Options.Add(json);
        SetReportAction(command, json, report => report, (report, output) =>
        {
            var s = report.Subscribers;
            var o = report.Outbox;
            output.WriteLine($"Subscribers: {s.Subscribers} ({s.Active} active, {s.Paused} paused, {s.Inactive} unreachable)");
            output.WriteLine($"Deliveries today: {o.SentToday}");
            output.WriteLine($"Failed (parked): {o.Failed}; undeliverable: {o.Undeliverable}");
            output.WriteLine($"Outbox backlog: {o.Pending} pending, {o.Due} due now{(o.OldestPendingUtc is { } oldest ? $", oldest queued {oldest:yyyy-MM-dd HH:mm} UTC" : "")}");
            output.WriteLine(report.LastIngestion is { } i ? $"Last ingestion: {i.AtUtc:yyyy-MM-dd HH:mm} UTC, {i.Summary}" : "Last ingestion: never");
            var f = report.Feeds;
            output.WriteLine($"Feeds: {f.Total} ({f.Active} active, {f.Paused} paused), {f.Failing} failing now");
            output.WriteLine(f.LastPull is { } pull ? $"Last feed pull: {pull.AtUtc:yyyy-MM-dd HH:mm} UTC, {pull.Summary}" : "Last feed pull: never");
            foreach (var schedule in report.Schedules)
            {
                var last = schedule.LastRun is { } run ? $"last run {run.StartedUtc:yyyy-MM-dd HH:mm} UTC ({run.Reason}), {run.Digests} digests" : "never run";
                output.WriteLine($"Schedule {schedule.Name}: {(schedule.Paused ? "paused" : "active")}, {last}");
            }
        });
        return command;
    }

    /// <summary>
    /// The action of a command that shows the delivery report (read from the database, the host not started): with
    /// <paramref name="json"/> the document <paramref name="jsonDocument"/> picks, else the lines <paramref name="writeText"/> writes.
    /// </summary>
    internal static void SetReportAction(Command command, Option<bool> json, Func<DeliveryReport, object> jsonDocument, Action<DeliveryReport, TextWriter> writeText) =>
        command.SetAction((parse, cancellationToken) => CommandErrors.RunAsync(parse, async () =>
        {
            using var host = BriefingHost.CreateBuilder(parse).Build();
            var report = await host.Services.GetRequiredService<DeliveryReportReader>().ReadAsync(cancellationToken);
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json)) output.WriteLine(JsonSerializer.Serialize(jsonDocument(report), HealthJson.Options));
            else writeText(report, output);
            return 0;
        }));
}
