using System.Net;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Briefing.Host.Feeds;

/// <summary>
/// Fetches feeds and pages over the factory's "feeds" client (retries, timeouts, decompression, User-Agent), following
/// redirects itself: conditionally when validators are given, one request at a time per host, never more than Feeds:MaxResponseBytes.
/// </summary>
public sealed class FeedFetcher(HttpClient client, HostPace pace, IOptions<FeedsOptions> options, TimeProvider time)
{
    public const string ClientName = "feeds";

    // As many hops as the handler used to follow on its own.
    private const int MaxRedirects = 5;

    /// <summary>
    /// Fetches the address, following redirects (each hop paced and limited like any request); with
    /// <paramref name="etag"/> or <paramref name="lastModified"/> a 304 comes back as <see cref="FetchOutcome.NotModified"/>.
    /// <see cref="FetchResult.MovedTo"/> says where the address moved permanently, if it did.
    /// </summary>
    public async Task<FetchResult> FetchAsync(Uri url, string? etag = null, string? lastModified = null, CancellationToken cancellationToken = default)
    {
        // The handler does not follow redirects: their status is what tells a permanent move from a temporary one.
        var address = url;
        Uri? movedTo = null;
        var permanentSoFar = true;
        for (var hops = 0; ; hops++)
        {
            var (result, redirect) = await FetchOnceAsync(address, etag, lastModified, cancellationToken);
            if (redirect is null) return result! with { MovedTo = movedTo };
            if (hops == MaxRedirects) return FetchResult.Failed($"more than {MaxRedirects} redirects (the last to {redirect.Location})");
            // The chain moved the address as far as its last permanent hop before the first temporary one.
            permanentSoFar &= redirect.Permanent;
            if (permanentSoFar) movedTo = redirect.Location;
            address = redirect.Location;
        }
    }

    private async Task<(FetchResult? Result, Redirect? Redirect)> FetchOnceAsync(Uri url, string? etag, string? lastModified, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (etag is not null) request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        if (lastModified is not null) request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);

        using var turn = await pace.WaitTurnAsync(url.IdnHost, cancellationToken);
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (response.StatusCode == HttpStatusCode.NotModified) return (new FetchResult(FetchOutcome.NotModified), null);
            if (IsRedirect(response.StatusCode) && response.Headers.Location is { } location)
                return RedirectTo(url, location, response.StatusCode);
            if (!response.IsSuccessStatusCode)
                return (FetchResult.Failed($"HTTP {(int)response.StatusCode} {response.ReasonPhrase}".TrimEnd(), RetryAfter(response)), null);
            if (response.Content.Headers.ContentLength is { } length && length > settings.MaxResponseBytes)
                return (FetchResult.Failed(TooLarge(length)), null);

            // The pipeline's timeouts end when the headers are in; the body gets the same time of its own.
            using var bodyTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            bodyTimeout.CancelAfter(TimeSpan.FromSeconds(settings.RequestTimeoutSeconds));
            var body = await ReadCappedAsync(response.Content, settings.MaxResponseBytes, bodyTimeout.Token);
            if (body is null) return (FetchResult.Failed(TooLarge(null)), null);
            return (new FetchResult(FetchOutcome.Ok, body, response.Content.Headers.ContentType?.CharSet,
                response.Headers.ETag?.ToString(), response.Content.Headers.LastModified?.ToString("R")), null);
        }
        catch (Exception ex) when (ex is TimeoutRejectedException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return (FetchResult.Failed($"timed out after {settings.RequestTimeoutSeconds:0.#} s"), null);
        }
        catch (BrokenCircuitException)
        {
            return (FetchResult.Failed($"{url.Host} failed repeatedly just now; not asked again yet"), null);
        }
        catch (HttpRequestException ex)
        {
            return (FetchResult.Failed($"request failed ({ex.HttpRequestError}: {ex.Message})"), null);
        }
    }

    private static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found
        or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    // Refuses what the handler refused when it followed redirects itself: other schemes, and https falling back to http.
    private static (FetchResult?, Redirect?) RedirectTo(Uri from, Uri location, HttpStatusCode status)
    {
        var target = location.IsAbsoluteUri ? location : new Uri(from, location);
        if ((target.Scheme != Uri.UriSchemeHttp && target.Scheme != Uri.UriSchemeHttps) || (from.Scheme == Uri.UriSchemeHttps && target.Scheme == Uri.UriSchemeHttp))
            return (FetchResult.Failed($"HTTP {(int)status} to {target}, which is not followed from {from.Scheme}"), null);
        return (null, new Redirect(target, status is HttpStatusCode.MovedPermanently or HttpStatusCode.PermanentRedirect));
    }

    private sealed record Redirect(Uri Location, bool Permanent);

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
