using System.Text.Json.Nodes;

namespace Briefing.Telegram.Tests.Fakes;

/// <summary>One call the fake Bot API received: the method, the JSON body and when it arrived.</summary>
public sealed record RecordedRequest(string Method, JsonObject Body, DateTimeOffset ReceivedAt)
{
    public long? ChatId => Body["chat_id"]?.GetValue<long>();

    public string? Text => Body["text"]?.GetValue<string>();
}
