namespace Briefing.Telegram.Api;

/// <summary>The one choke point every Bot API call goes through, so a test fake implements a single method.</summary>
public interface ITelegramBotApi
{
    /// <summary>Calls the request's method and returns its result.</summary>
    /// <exception cref="BotApiException">Telegram answered ok=false.</exception>
    /// <exception cref="BotTransportException">No usable answer: timeout, connection failure or a non-JSON body.</exception>
    Task<TResult> SendAsync<TResult>(BotRequest<TResult> request, CancellationToken cancellationToken = default);
}
