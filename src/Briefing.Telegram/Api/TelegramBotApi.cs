using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Options;

namespace Briefing.Telegram.Api;

/// <summary>The Bot API over HTTP: JSON POST to {ApiBaseUrl}/bot{token}/{method}, answers read from the ok/result envelope.</summary>
public sealed class TelegramBotApi : ITelegramBotApi
{
    /// <summary>The IHttpClientFactory client this class uses; it is registered without request logging, since every URL holds the token.</summary>
    public const string HttpClientName = "Briefing.Telegram.BotApi";

    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json") { CharSet = "utf-8" };

    private readonly IHttpClientFactory _httpClientFactory;
    private readonly string _token;
    private readonly string _methodUrlPrefix;
    private readonly TimeSpan _requestTimeout;

    public TelegramBotApi(IHttpClientFactory httpClientFactory, IOptions<TelegramOptions> options)
    {
        _httpClientFactory = httpClientFactory;
        _token = options.Value.Token;
        _methodUrlPrefix = $"{options.Value.ApiBaseUrl.TrimEnd('/')}/bot{_token}/";
        _requestTimeout = options.Value.RequestTimeout;
    }

    public async Task<TResult> SendAsync<TResult>(BotRequest<TResult> request, CancellationToken cancellationToken = default)
    {
        if (_token.Length == 0)
            throw new InvalidOperationException($"Bot API {request.MethodName} needs Telegram:Token: set it (Telegram__Token or user secrets); without it the bot runs in local mode and must not call Telegram.");

        var method = request.MethodName;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // A long poll legitimately takes its whole poll timeout, so the HTTP timeout must be longer than that.
        timeout.CancelAfter(_requestTimeout + request.ServerHoldTime);

        var body = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(request, TelegramJsonContext.Default.GetTypeInfo(request.GetType())!));
        body.Headers.ContentType = JsonMediaType;
        using var httpRequest = new HttpRequestMessage(HttpMethod.Post, _methodUrlPrefix + method) { Content = body };

        ApiResponse<TResult>? envelope;
        int statusCode;
        try
        {
            using var response = await _httpClientFactory.CreateClient(HttpClientName)
                .SendAsync(httpRequest, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            statusCode = (int)response.StatusCode;
            await using var stream = await response.Content.ReadAsStreamAsync(timeout.Token).ConfigureAwait(false);
            try
            {
                envelope = await JsonSerializer.DeserializeAsync(stream, EnvelopeTypeInfo<TResult>(), timeout.Token).ConfigureAwait(false);
            }
            catch (JsonException ex)
            {
                throw new BotTransportException(method, BotTransportFailure.InvalidAnswer,
                    $"Bot API {method} answered HTTP {statusCode} with a body that is not a Bot API JSON answer ({Redact(ex.Message)}).",
                    statusCode, Sanitized(ex));
            }
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new BotTransportException(method, BotTransportFailure.Timeout,
                $"Bot API {method} did not answer within {(_requestTimeout + request.ServerHoldTime).TotalSeconds:0.#} s.", innerException: Sanitized(ex));
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            // HttpClient's own messages may quote the request URL, and with it the token.
            throw new BotTransportException(method, BotTransportFailure.Unreachable,
                $"Bot API {method} could not be reached: {Redact(ex.Message)}", (ex as HttpRequestException)?.StatusCode is { } status ? (int)status : null,
                Sanitized(ex));
        }

        if (envelope is null)
            throw new BotTransportException(method, BotTransportFailure.InvalidAnswer, $"Bot API {method} answered HTTP {statusCode} with an empty JSON value.", statusCode);
        if (!envelope.Ok)
        {
            throw new BotApiException(method, envelope.ErrorCode ?? statusCode, Redact(envelope.Description ?? ""),
                envelope.Parameters?.RetryAfter is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
                envelope.Parameters?.MigrateToChatId);
        }
        if (envelope.Result is null)
            throw new BotTransportException(method, BotTransportFailure.InvalidAnswer, $"Bot API {method} answered ok without a result.", statusCode);
        return envelope.Result;
    }

    private static JsonTypeInfo<ApiResponse<TResult>> EnvelopeTypeInfo<TResult>() =>
        (JsonTypeInfo<ApiResponse<TResult>>?)TelegramJsonContext.Default.GetTypeInfo(typeof(ApiResponse<TResult>))
        ?? throw new InvalidOperationException($"No JSON contract for ApiResponse<{typeof(TResult).Name}>: add it to {nameof(TelegramJsonContext)}.");

    private string Redact(string text) => text.Replace(_token, "<token>", StringComparison.Ordinal);

    /// <summary>Keeps an inner exception only when nothing in it (message, stack, its own inner ones) holds the token.</summary>
    private Exception? Sanitized(Exception exception) =>
        exception.ToString().Contains(_token, StringComparison.Ordinal) ? null : exception;
}
