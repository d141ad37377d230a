using System.Text.Json.Serialization;

namespace Briefing.Telegram.Api;

/// <summary>One Bot API call: its method name and, as the JSON body, the record's own properties.</summary>
/// <typeparam name="TResult">What the method answers with in the envelope's "result".</typeparam>
public abstract record BotRequest<TResult>
{
    protected BotRequest(string methodName) => MethodName = methodName;

    /// <summary>The Bot API method, the last segment of the request URL.</summary>
    [JsonIgnore]
    public string MethodName { get; }

    /// <summary>How long the server may legitimately hold the call before answering (long polling); added to the HTTP timeout.</summary>
    [JsonIgnore]
    public virtual TimeSpan ServerHoldTime => TimeSpan.Zero;
}
