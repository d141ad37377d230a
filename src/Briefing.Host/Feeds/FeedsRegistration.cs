using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;

namespace Briefing.Host.Feeds;

/// <summary>Registers the feed options, the "feeds" HTTP client with its resilience pipeline, the ingester and the worker's poller.</summary>
public static class FeedsRegistration
{
    public static IHostApplicationBuilder AddFeeds(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<FeedsOptions>().Bind(builder.Configuration.GetSection(FeedsOptions.Section)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<FeedsOptions>, FeedsOptionsValidator>();

        builder.Services.AddSingleton<HostPace>();
        builder.Services.AddHttpClient<FeedFetcher>(FeedFetcher.ClientName, (services, client) =>
            {
                var settings = services.GetRequiredService<IOptions<FeedsOptions>>().Value;
                client.DefaultRequestHeaders.UserAgent.ParseAdd(settings.UserAgent);
                client.DefaultRequestHeaders.Accept.ParseAdd("application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/html;q=0.8, */*;q=0.5");
                // The pipeline below times each attempt and the whole request; the client's own clock would only cut across it.
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AutomaticDecompression = DecompressionMethods.All,
                // FeedFetcher follows redirects itself, to see which were permanent.
                AllowAutoRedirect = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            })
            .AddStandardResilienceHandler()
            .Configure((o, services) => Configure(o, services.GetRequiredService<IOptions<FeedsOptions>>().Value))
            // One failing site must not open the circuit for every other.
            .SelectPipelineByAuthority();

        builder.Services.AddSingleton<FeedIngester>();
        builder.Services.AddHostedService<FeedPoller>();
        return builder;
    }

    private static void Configure(HttpStandardResilienceOptions o, FeedsOptions settings)
    {
        var attempt = TimeSpan.FromSeconds(Math.Max(settings.RequestTimeoutSeconds, 0.01));
        var retryDelay = TimeSpan.FromMilliseconds(Math.Max(settings.RetryDelayMilliseconds, 1));
        o.AttemptTimeout.Timeout = attempt;
        // Every attempt at its longest, and the exponential delays between them.
        o.TotalRequestTimeout.Timeout = attempt * (settings.MaxRetries + 1) + retryDelay * (Math.Pow(2, settings.MaxRetries + 1) - 1) + TimeSpan.FromSeconds(1);
        o.CircuitBreaker.SamplingDuration = attempt * 2 + TimeSpan.FromSeconds(30);
        if (settings.MaxRetries == 0)
        {
            o.Retry.ShouldHandle = _ => PredicateResult.False();
        }
        else
        {
            o.Retry.MaxRetryAttempts = settings.MaxRetries;
            o.Retry.Delay = retryDelay;
            o.Retry.BackoffType = DelayBackoffType.Exponential;
            // A server that says when to come back (429, 503 with Retry-After) is asked again at the next poll, not
            // retried now: the feed's next pull is set from its Retry-After.
            o.Retry.ShouldRetryAfterHeader = false;
            o.Retry.ShouldHandle = args => ValueTask.FromResult(args.Outcome switch
            {
                { Exception: HttpRequestException or TimeoutRejectedException } => true,
                { Result: { } response } => response.Headers.RetryAfter is null
                                            && (response.StatusCode == HttpStatusCode.RequestTimeout || (int)response.StatusCode >= 500),
                _ => false,
            });
        }
    }
}
