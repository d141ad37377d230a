namespace Briefing.Telegram.Api;

/// <summary>Why a Bot API call got no usable answer.</summary>
public enum BotTransportFailure
{
    /// <summary>No answer within the request timeout.</summary>
    Timeout,
    /// <summary>The connection could not be made or broke off.</summary>
    Unreachable,
    /// <summary>An answer came but was not a Bot API JSON envelope (e.g. a proxy's HTML error page).</summary>
    InvalidAnswer,
}
