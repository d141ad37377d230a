using System.Text.Json.Nodes;

namespace Briefing.Telegram.Tests.Fakes;

/// <summary>One scripted answer of <see cref="FakeBotApiServer"/>: an HTTP status and body, or a call that never answers.</summary>
public sealed record FakeAnswer(int HttpStatus, string ContentType, string Body, bool Hangs = false)
{
    public static FakeAnswer Ok(JsonNode? result) =>
        Json(200, new JsonObject { ["ok"] = true, ["result"] = result });

    /// <summary>An ok=false envelope, shaped like Telegram's (HTTP status equal to the error code).</summary>
    public static FakeAnswer Error(int errorCode, string description, int? retryAfter = null, long? migrateToChatId = null)
    {
        var envelope = new JsonObject { ["ok"] = false, ["error_code"] = errorCode, ["description"] = description };
        if (retryAfter is not null || migrateToChatId is not null)
        {
            var parameters = new JsonObject();
            if (retryAfter is { } seconds) parameters["retry_after"] = seconds;
            if (migrateToChatId is { } id) parameters["migrate_to_chat_id"] = id;
            envelope["parameters"] = parameters;
        }
        return Json(errorCode, envelope);
    }

    public static FakeAnswer TooManyRequests(int retryAfterSeconds) =>
        Error(429, $"Too Many Requests: retry after {retryAfterSeconds}", retryAfter: retryAfterSeconds);

    public static FakeAnswer ServerError() => Error(500, "Internal Server Error");

    public static FakeAnswer BotBlocked() => Error(403, "Forbidden: bot was blocked by the user");

    public static FakeAnswer UserDeactivated() => Error(403, "Forbidden: user is deactivated");

    public static FakeAnswer BotKicked() => Error(403, "Forbidden: bot was kicked from the group chat");

    public static FakeAnswer ChatNotFound() => Error(400, "Bad Request: chat not found");

    public static FakeAnswer GroupMigrated(long newChatId) =>
        Error(400, "Bad Request: group chat was upgraded to a supergroup chat", migrateToChatId: newChatId);

    /// <summary>What a reverse proxy in front of the Bot API sends when the backend is down.</summary>
    public static FakeAnswer HtmlBadGateway() =>
        new(502, "text/html", "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>");

    /// <summary>Holds the call open until the client gives up (or the server stops).</summary>
    public static FakeAnswer Hang() => new(0, "", "", Hangs: true);

    private static FakeAnswer Json(int status, JsonObject body) => new(status, "application/json", body.ToJsonString());
}
