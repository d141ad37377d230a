using Briefing.News.Topics;
using Telegram.Bot.Types.ReplyMarkups;
using static Briefing.Telegram.Commands.BotText;

namespace Briefing.Telegram.Commands;

/// <summary>
/// The topic buttons under /start and /topics (one per topic, ✓ on subscribed ones) and the text above them, so that a
/// press can redraw both. The button data names the menu it belongs to and the topic: "t:start:nato-accession".
/// </summary>
public static class TopicKeyboard
{
    public const string StartMenu = "start";
    public const string TopicsMenu = "topics";

    private const string Prefix = "t:";

    public static InlineKeyboardMarkup For(string menu, IEnumerable<TopicDefinition> topics, IReadOnlySet<string> subscribed) =>
        new(topics.Select(t => new[] { InlineKeyboardButton.WithCallbackData((subscribed.Contains(t.Slug) ? "✓ " : "") + t.Title, $"{Prefix}{menu}:{t.Slug}") }).ToList());

    /// <summary>The text of a menu: the welcome of /start, or the list of /topics with ✓ on subscribed topics.</summary>
    public static string Text(string menu, IEnumerable<TopicDefinition> topics, IReadOnlySet<string> subscribed)
    {
        if (menu == StartMenu)
            return "<b>Briefing</b> sends a daily digest of the news on the topics you choose.\n\n"
                + "Tap a topic below to subscribe (✓) or unsubscribe. Digests come every morning; "
                + "pick your own hour with /time and /timezone. /help lists every command.";
        var lines = topics.Select(t => $"{(subscribed.Contains(t.Slug) ? "✓" : "•")} {Topic(t)}: {Escape(t.Description)}");
        return "<b>Topics</b>\n" + string.Join("\n", lines) + "\n\nTap one to subscribe or unsubscribe, or use /subscribe &lt;topic&gt;.";
    }

    /// <summary>The menu and topic slug a button press carries, or null for data that is not a topic button.</summary>
    public static (string Menu, string Slug)? Parse(string? callbackData)
    {
        if (callbackData is null || !callbackData.StartsWith(Prefix, StringComparison.Ordinal)) return null;
        var parts = callbackData[Prefix.Length..].Split(':', 2);
        return parts.Length == 2 && parts[0] is StartMenu or TopicsMenu && parts[1].Length > 0 ? (parts[0], parts[1]) : null;
    }
}
