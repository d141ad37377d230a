using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Briefing.Telegram.Tests.EndToEnd;

/// <summary>A Telegram user in one chat, acting through the emulator's client routes: sends messages, presses buttons, reads the bot's replies.</summary>
public sealed class EmulatorUser(HttpClient http, string token, long userId, long chatId, string chatType = "private", int? threadId = null, bool isForum = false)
{
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(20);

    public long UserId => userId;

    public long ChatId => chatId;

    public Task SendAsync(string text) => PostMessageAsync(new JsonObject { ["text"] = text });

    /// <summary>A message without text (a shared location), as a photo or a sticker would be.</summary>
    public Task SendLocationAsync() => PostMessageAsync(new JsonObject { ["location"] = new JsonObject { ["latitude"] = 50.45, ["longitude"] = 30.52 } });

    /// <summary>Presses the button with <paramref name="data"/> under the bot's message <paramref name="reply"/>.</summary>
    public async Task PressAsync(BotReply reply, string data)
    {
        var callback = new JsonObject
        {
            ["botToken"] = token,
            ["from"] = From(),
            ["message"] = new JsonObject
            {
                ["message_id"] = reply.MessageId,
                ["chat"] = Chat(),
                ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                ["text"] = reply.Text,
            },
            ["data"] = data,
        };
        if (threadId is { } thread)
        {
            callback["message"]!["message_thread_id"] = thread;
            callback["message"]!["is_topic_message"] = true;
        }
        (await http.PostAsJsonAsync("/sendCallback", callback)).EnsureSuccessStatusCode();
    }

    /// <summary>Waits until the bot has sent <paramref name="count"/> new messages to this chat, and returns them.</summary>
    public async Task<IReadOnlyList<BotReply>> RepliesAsync(int count = 1)
    {
        var replies = new List<BotReply>();
        using var timeout = new CancellationTokenSource(ReplyTimeout);
        while (replies.Count < count)
        {
            replies.AddRange(await UnreadAsync());
            if (replies.Count < count) await Task.Delay(100, timeout.Token);
        }
        return replies;
    }

    public async Task<BotReply> ReplyAsync() => (await RepliesAsync(1)).Single();

    /// <summary>Messages the bot sent to this chat that were not read yet (marks them read).</summary>
    public async Task<IReadOnlyList<BotReply>> UnreadAsync()
    {
        var answer = await (await http.PostAsJsonAsync("/getUpdates", new JsonObject { ["token"] = token, ["chatId"] = chatId })).Content.ReadFromJsonAsync<JsonObject>();
        return answer!["result"]!.AsArray().Select(ToReply).ToList();
    }

    /// <summary>Every message the bot sent to this chat, edits applied.</summary>
    public async Task<IReadOnlyList<BotReply>> HistoryAsync()
    {
        var answer = await (await http.PostAsJsonAsync("/getUpdatesHistory", new JsonObject { ["token"] = token })).Content.ReadFromJsonAsync<JsonObject>();
        return answer!["result"]!.AsArray()
            .Where(item => item!["message"]?["chat_id"] is { } chat && chat.ToString() == chatId.ToString())
            .Select(ToReply).ToList();
    }

    private static BotReply ToReply(JsonNode? item) => new(item!["messageId"]!.GetValue<int>(), item["message"]!.AsObject().DeepClone().AsObject());

    private async Task PostMessageAsync(JsonObject message)
    {
        message["botToken"] = token;
        message["from"] = From();
        message["chat"] = Chat();
        message["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        if (threadId is { } thread)
        {
            message["message_thread_id"] = thread;
            message["is_topic_message"] = true;
        }
        (await http.PostAsJsonAsync("/sendMessage", message)).EnsureSuccessStatusCode();
    }

    private JsonObject From() => new() { ["id"] = userId, ["is_bot"] = false, ["first_name"] = "User" + userId };

    private JsonObject Chat() => chatType == "private"
        ? new JsonObject { ["id"] = chatId, ["type"] = chatType, ["first_name"] = "User" + userId }
        : new JsonObject { ["id"] = chatId, ["type"] = chatType, ["title"] = "Group " + chatId, ["is_forum"] = isForum };
}
