using Telegram.Bot.Exceptions;

namespace Briefing.Telegram.Api;

/// <summary>
/// Bounds each Bot API call by Telegram:RequestTimeoutSeconds, plus the poll timeout for getUpdates (a long poll is
/// held by the server on purpose). A call that runs out ends in the library's <see cref="RequestException"/>, as any
/// other call that got no answer; the caller's own cancellation stays a cancellation.
/// </summary>
internal sealed class BotApiTimeoutHandler(TelegramOptions options) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var isLongPoll = request.RequestUri?.AbsolutePath.EndsWith("/getUpdates", StringComparison.Ordinal) == true;
        var limit = options.RequestTimeout + (isLongPoll ? TimeSpan.FromSeconds(options.PollTimeoutSeconds) : TimeSpan.Zero);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limit);
        try
        {
            return await base.SendAsync(request, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            // The message names the limit, never the URL (which holds the token).
            throw new TimeoutException($"The Bot API did not answer within {limit.TotalSeconds:0.#} s.", ex);
        }
    }
}
