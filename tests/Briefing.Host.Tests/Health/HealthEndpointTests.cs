using System.Net;
using System.Text.Json;
using Briefing.Host.Health;
using Briefing.Host.Tests.Delivery;
using Briefing.Host.Tests.Scheduling;
using Briefing.Store.Chats;
using Briefing.Store.Delivery;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Briefing.Host.Tests.Health;

public sealed class HealthEndpointTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Healthz_reports_the_scheduler_the_schedules_the_last_ingestion_and_the_outbox()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2024, 6, 3, 4, 30, 0, TimeSpan.Zero));
        var subscribers = new FakeSubscriberDirectory();
        subscribers.Add(new Briefing.Host.Delivery.DeliverySubscriber(new SubscriberKey(42, 0), ["markets"], 0));
        using var worker = WorkerHost.Build(temp.File("briefing.db"), clock, subscribers, new FakeDigestSource(), new RecordingSender(), new CapturedLogs(),
            new Dictionary<string, string?> { ["Health:Url"] = "http://127.0.0.1:0" });
        await worker.StartAsync();
        var runs = worker.Services.GetRequiredService<IDigestRunRepository>();
        await WorkerHost.WaitForAsync(async () => (await worker.Services.GetRequiredService<IWorkerStatusRepository>().ListAsync()).Any(s => s.Name == "ingestion.last") ? "ingested" : null, "the start-up ingestion");
        await WorkerHost.WaitForAsync(async () => (await worker.Services.GetRequiredService<Briefing.Store.Schedules.IScheduleRepository>().ListAsync()).Count > 0 ? "seeded" : null, "the default schedule");
        var url = worker.Services.GetRequiredService<HealthServer>().BoundUrl;

        using var http = new HttpClient();
        // Quartz starts in the background after the host: 503 ("scheduler not running") until it has.
        var body = await WorkerHost.WaitForAsync(async () =>
        {
            var answer = await http.GetAsync($"{url}/healthz");
            return answer.StatusCode == HttpStatusCode.OK ? await answer.Content.ReadAsStringAsync() : null;
        }, "/healthz to answer 200");
        var json = JsonDocument.Parse(body).RootElement;
        await worker.StopAsync();

        Assert.StartsWith("http://127.0.0.1:", url);
        Assert.Equal("ok", json.GetProperty("status").GetString());
        Assert.Equal("started", json.GetProperty("scheduler").GetProperty("state").GetString());
        var delivery = json.GetProperty("delivery");
        Assert.Equal("nothing to ingest", delivery.GetProperty("last_ingestion").GetProperty("summary").GetString());
        var morning = Assert.Single(delivery.GetProperty("schedules").EnumerateArray());
        Assert.Equal("morning", morning.GetProperty("name").GetString());
        Assert.Equal("2024-06-03T05:00:00+00:00", morning.GetProperty("next_run_utc").GetString());
        Assert.Equal(JsonValueKind.Null, morning.GetProperty("last_run").ValueKind);
        var outbox = delivery.GetProperty("outbox");
        Assert.Equal(0, outbox.GetProperty("pending").GetInt64());
        Assert.Equal(0, outbox.GetProperty("due").GetInt64());
        Assert.Equal(0, outbox.GetProperty("failed").GetInt64());
        Assert.Equal(0, outbox.GetProperty("undeliverable").GetInt64());
        Assert.Equal(0, outbox.GetProperty("sent_today").GetInt64());
        Assert.Equal(JsonValueKind.Null, outbox.GetProperty("oldest_pending_utc").ValueKind);
    }

    [Fact]
    public async Task Deleting_the_database_under_the_worker_turns_healthz_to_failing_with_the_reason_and_stops_writes()
    {
        var database = temp.File("briefing.db");
        var logs = new CapturedLogs();
        using var worker = WorkerHost.Build(database, new FakeTimeProvider(DateTimeOffset.UtcNow), new FakeSubscriberDirectory(), new FakeDigestSource(), new RecordingSender(), logs,
            new Dictionary<string, string?> { ["Health:Url"] = "http://127.0.0.1:0" });
        await worker.StartAsync();
        var status = worker.Services.GetRequiredService<IWorkerStatusRepository>();
        await WorkerHost.WaitForAsync(async () => (await status.ListAsync()).Any(s => s.Name == "ingestion.last") ? "ingested" : null, "the start-up ingestion");
        using var http = new HttpClient { BaseAddress = new Uri(worker.Services.GetRequiredService<HealthServer>().BoundUrl!) };
        // The scheduler may still be starting: healthy first, then the file goes.
        await WorkerHost.WaitForAsync(async () => (await http.GetAsync("/healthz")).StatusCode == HttpStatusCode.OK ? "ok" : null, "/healthz to be ok");

        // Quartz's scheduler thread retries for ever, at shutdown too, to hand back a trigger it has taken once the
        // database is gone; a worker's own process ends at the stop's time limit, but this in-process host would hang.
        // The scheduler is stopped first: this test is about the store, /healthz and the dispatcher.
        var scheduler = await worker.Services.GetRequiredService<Quartz.ISchedulerFactory>().GetScheduler();
        await scheduler.Shutdown(waitForJobsToComplete: true);
        File.Delete(database);
        var body = await WorkerHost.WaitForAsync(async () =>
        {
            var response = await http.GetAsync("/healthz");
            var answer = await response.Content.ReadAsStringAsync();
            return response.StatusCode == HttpStatusCode.ServiceUnavailable && answer.Contains("\"failing\"") ? answer : null;
        }, "/healthz to fail", seconds: 30);
        var failing = JsonDocument.Parse(body).RootElement;
        var writeAfter = await Record.ExceptionAsync(() => status.SetAsync("after", "lost", DateTimeOffset.UtcNow));
        var logged = await WorkerHost.WaitForAsync(() => Task.FromResult(logs.Lines.FirstOrDefault(l => l.StartsWith("Outbox dispatch stopped: "))), "the dispatcher's log line");
        await worker.StopAsync();

        Assert.Equal("failing", failing.GetProperty("status").GetString());
        Assert.Contains("the file was deleted (or moved away) while this process had it open", failing.GetProperty("reason").GetString());
        Assert.IsType<Briefing.Store.Database.DatabaseUnavailableException>(writeAfter);
        Assert.Contains("deleted", logged);
        // Nothing brought back an empty database in its place.
        Assert.False(File.Exists(database));
    }

    [Theory]
    [InlineData("http://0.0.0.0:8089")]
    [InlineData("http://example.com:8089")]
    [InlineData("https://127.0.0.1:8089")]
    public void A_health_url_off_loopback_or_not_http_is_refused_with_the_setting_named(string url)
    {
        var result = new HealthOptionsValidator().Validate(null, new HealthOptions { Url = url });

        Assert.True(result.Failed);
        Assert.Contains("Health:Url", result.FailureMessage);
    }

    [Theory]
    [InlineData("http://127.0.0.1:8089")]
    [InlineData("http://[::1]:8089")]
    [InlineData("")]
    [InlineData("0")]
    public void A_loopback_health_url_or_none_is_accepted(string url)
    {
        Assert.True(new HealthOptionsValidator().Validate(null, new HealthOptions { Url = url }).Succeeded);
    }
}
