using System.Text.Json.Nodes;

namespace Briefing.Telegram.Tests.Updates;

/// <summary>Update bodies as Telegram sends them, for the fake Bot API and the webhook.</summary>
public static class FakeUpdates
{
    public static JsonObject Text(long chatId, string text, long userId = 0, int messageId = 1) => new()
    {
        ["message"] = new JsonObject
        {
            ["message_id"] = messageId,
            ["date"] = 1_700_000_000,
            ["from"] = new JsonObject { ["id"] = userId == 0 ? chatId : userId, ["is_bot"] = false, ["first_name"] = "Olena" },
            ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = chatId > 0 ? "private" : "supergroup", ["first_name"] = "Olena" },
            ["text"] = text,
        },
    };
}
