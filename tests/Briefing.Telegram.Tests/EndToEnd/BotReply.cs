using System.Text.Json.Nodes;

namespace Briefing.Telegram.Tests.EndToEnd;

/// <summary>A message the bot sent, as the emulator keeps it (after any edits): the sendMessage body and the id it got.</summary>
public sealed record BotReply(int MessageId, JsonObject Body)
{
    public string Text => Body["text"]?.GetValue<string>() ?? "";

    public long ChatId => long.Parse(Body["chat_id"]!.ToString());

    public int? ThreadId => Body["message_thread_id"] is { } thread ? int.Parse(thread.ToString()) : null;

    /// <summary>The inline buttons' labels and callback data, row by row flattened.</summary>
    public IReadOnlyList<(string Text, string Data)> Buttons =>
        Body["reply_markup"]?["inline_keyboard"]?.AsArray()
            .SelectMany(row => row!.AsArray())
            .Select(b => (b!["text"]!.GetValue<string>(), b["callback_data"]!.GetValue<string>()))
            .ToList() ?? [];
}
