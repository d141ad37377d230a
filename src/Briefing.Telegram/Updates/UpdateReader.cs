using System.Text.Json;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Briefing.Telegram.Updates;

/// <summary>
/// Reads one update as the Bot API sends it (getUpdates item or webhook body) with the library's contract. An update
/// that cannot be read, or lacks the chat its kind needs, is logged and skipped: one bad update must not stop the bot.
/// </summary>
public sealed class UpdateReader(ILogger<UpdateReader> logger)
{
    /// <summary>The update's id, if the JSON carries one: the poller moves past an unreadable update by it.</summary>
    public static long? IdOf(JsonElement json) =>
        json.ValueKind == JsonValueKind.Object && json.TryGetProperty("update_id", out var id) && id.TryGetInt64(out var value) ? value : null;

    /// <summary>The update, or null (logged) when it cannot be handled.</summary>
    public Update? Read(JsonElement json)
    {
        Update? update;
        try
        {
            update = json.Deserialize<Update>(JsonBotAPI.Options);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or ArgumentException or InvalidOperationException or FormatException)
        {
            logger.LogWarning(ex, "Skipped update {UpdateId}: it is not a Bot API update that can be read", IdOf(json));
            return null;
        }
        var missing = update is null ? "content" : MissingPart(update);
        if (missing is null) return update;
        logger.LogWarning("Skipped update {UpdateId}: it has no {Missing}", IdOf(json), missing);
        return null;
    }

    // The library leaves a required object that is absent as null; the handlers rely on these.
    private static string? MissingPart(Update update) => update switch
    {
        { Message: { Chat: null } } => "message.chat",
        { CallbackQuery: { From: null } } => "callback_query.from",
        { CallbackQuery.Message: { Chat: null } } => "callback_query.message.chat",
        { MyChatMember: { Chat: null } or { NewChatMember: null } } => "my_chat_member chat or new_chat_member",
        _ => null,
    };
}
