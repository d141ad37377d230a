using System.Net;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Briefing.Host.Feeds;

/// <summary>
/// Fetches feeds and pages over the factory's "feeds" client (retries, timeouts, decompression, redirects, User-Agent):
/// conditionally when validators are given, one request at a time per host, never more than Feeds:MaxResponseBytes.
/// </summary>
public sealed class FeedFetcher(HttpClient client, HostPace pace, IOptions<FeedsOptions> options, TimeProvider time)
{
    public const string ClientName = "feeds";

    /// <summary>Fetches the address; with <paramref name="etag"/> or <paramref name="lastModified"/> a 304 comes back as <see cref="FetchOutcome.NotModified"/>.</summary>
    public async Task<FetchResult> FetchAsync(Uri url, string? etag = null, string? lastModified = null, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (etag is not null) request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        if (lastModified is not null) request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);

        using var turn = await pace.WaitTurnAsync(url.IdnHost, cancellationToken);
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (response.StatusCode == HttpStatusCode.NotModified) return new FetchResult(FetchOutcome.NotModified);
            if (!response.IsSuccessStatusCode)
                return FetchResult.Failed($"HTTP {(int)response.StatusCode} {response.ReasonPhrase}".TrimEnd(), RetryAfter(response));
            if (response.Content.Headers.ContentLength is { } length && length > settings.MaxResponseBytes)
                return FetchResult.Failed(TooLarge(length));

            // The pipeline's timeouts end when the headers are in; the body gets the same time of its own.
            using var bodyTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            bodyTimeout.CancelAfter(TimeSpan.FromSeconds(settings.RequestTimeoutSeconds));
            var body = await ReadCappedAsync(response.Content, settings.MaxResponseBytes, bodyTimeout.Token);
            if (body is null) return FetchResult.Failed(TooLarge(null));
            return new FetchResult(FetchOutcome.Ok, body, response.Content.Headers.ContentType?.CharSet,
                response.Headers.ETag?.ToString(), response.Content.Headers.LastModified?.ToString("R"));
        }
        catch (Exception ex) when (ex is TimeoutRejectedException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return FetchResult.Failed($"timed out after {settings.RequestTimeoutSeconds:0.#} s");
        }
        catch (BrokenCircuitException)
        {
            return FetchResult.Failed($"{url.Host} failed repeatedly just now; not asked again yet");
        }
        catch (HttpRequestException ex)
        {
            return FetchResult.Failed($"request failed ({ex.HttpRequestError}: {ex.Message})");
        }
    }

    private string TooLarge(long? length) =>
        $"larger than Feeds:MaxResponseBytes ({(length is { } l ? $"{l} > " : "over ")}{options.Value.MaxResponseBytes} bytes)";

    // Null when the body runs past the cap (the rest is not read).
    private static async Task<byte[]?> ReadCappedAsync(HttpContent content, long cap, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > cap) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private DateTimeOffset? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Date: { } date } => date,
        { Delta: { } delta } => time.GetUtcNow() + delta,
        _ => null,
    };
}
