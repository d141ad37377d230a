using System.Text.Json.Nodes;

namespace Briefing.Telegram.Tests.Fakes;

/// <summary>Update bodies shaped like Telegram's, to queue with <see cref="FakeBotApiServer.AddUpdate"/> (which sets update_id).</summary>
public static class FakeUpdates
{
    /// <summary>A text message from <paramref name="userId"/> in <paramref name="chatId"/> (private when positive), with a bot_command entity when the text starts with '/'.</summary>
    public static JsonObject TextMessage(long chatId, long userId, string text, int? messageThreadId = null, int messageId = 1) =>
        new() { ["message"] = Message(chatId, userId, text, messageThreadId, messageId) };

    /// <summary>A press on an inline button with <paramref name="data"/>, under the bot's message <paramref name="messageId"/>.</summary>
    public static JsonObject ButtonPress(long chatId, long userId, int messageId, string data) => new()
    {
        ["callback_query"] = new JsonObject
        {
            ["id"] = $"cb-{userId}-{messageId}-{data}",
            ["from"] = From(userId),
            ["chat_instance"] = chatId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["data"] = data,
            ["message"] = new JsonObject
            {
                ["message_id"] = messageId,
                ["date"] = 1_767_600_000,
                ["chat"] = Chat(chatId),
                ["text"] = "…",
            },
        },
    };

    private static JsonObject Message(long chatId, long userId, string text, int? messageThreadId, int messageId)
    {
        var message = new JsonObject
        {
            ["message_id"] = messageId,
            ["from"] = From(userId),
            ["chat"] = Chat(chatId),
            ["date"] = 1_767_600_000,
            ["text"] = text,
        };
        if (text.StartsWith('/'))
        {
            var length = text.IndexOf(' ') is var space and > 0 ? space : text.Length;
            message["entities"] = new JsonArray(new JsonObject { ["type"] = "bot_command", ["offset"] = 0, ["length"] = length });
        }
        if (messageThreadId is { } thread)
        {
            message["message_thread_id"] = thread;
            message["is_topic_message"] = true;
        }
        return message;
    }

    private static JsonObject From(long userId) => new() { ["id"] = userId, ["is_bot"] = false, ["first_name"] = $"User{userId}" };

    private static JsonObject Chat(long chatId) => chatId > 0
        ? new JsonObject { ["id"] = chatId, ["type"] = "private", ["first_name"] = $"User{chatId}" }
        : new JsonObject { ["id"] = chatId, ["type"] = "supergroup", ["title"] = $"Group {chatId}" };
}
