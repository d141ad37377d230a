namespace Briefing.Telegram.Api;

/// <summary>A Bot API call got no usable answer. The message names the method, never the URL (which holds the token).</summary>
public sealed class BotTransportException(
    string method, BotTransportFailure failure, string message, int? httpStatusCode = null, Exception? innerException = null)
    : Exception(message, innerException)
{
    public string Method { get; } = method;
    public BotTransportFailure Failure { get; } = failure;
    /// <summary>The HTTP status of an answer that could not be read, when there was one.</summary>
    public int? HttpStatusCode { get; } = httpStatusCode;
}
