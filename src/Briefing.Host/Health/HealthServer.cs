using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Host.Health;

/// <summary>Serves GET /healthz on Health:Url (loopback only) from a small Kestrel server of its own, beside the worker.</summary>
public sealed class HealthServer(IOptions<HealthOptions> options, HealthReportBuilder reports, ILogger<HealthServer> logger) : IHostedService, IAsyncDisposable
{
    private WebApplication? app;

    /// <summary>The address the server listens on once started (the real port when the configured one was 0).</summary>
    public string? BoundUrl { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled) return;
        app = LoopbackKestrel.CreateBuilder(options.Value.Url).Build();
        app.MapGet("/healthz", async (HttpContext context) =>
        {
            var report = await reports.BuildAsync(context.RequestAborted);
            var code = report.Status != "failing" && report.Scheduler.State is "started" or "standby" ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable;
            return Results.Json(report, HealthJson.Options, statusCode: code);
        });
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (IOException ex)
        {
            // A port in use must not stop the worker from delivering: say so and run without /healthz.
            logger.LogWarning("GET /healthz is off: could not listen on {Url} ({Reason}); set Health:Url to a free loopback port", options.Value.Url, ex.Message);
            await app.DisposeAsync();
            app = null;
            return;
        }
        BoundUrl = LoopbackKestrel.BoundUrl(app);
        logger.LogInformation("Health report at {Url}/healthz", BoundUrl);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (app is not null) await app.StopAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null) await app.DisposeAsync();
    }
}
