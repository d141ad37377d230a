using Briefing.News.Topics;
using Briefing.Telegram.Api;

namespace Briefing.Telegram.Commands;

/// <summary>The topic buttons under /start and /topics: one per topic, ✓ on subscribed ones; a press toggles that topic.</summary>
public static class TopicKeyboard
{
    private const string Prefix = "t:";

    public static InlineKeyboardMarkup For(IEnumerable<TopicDefinition> topics, IReadOnlySet<string> subscribed) =>
        new(topics.Select(t => (IReadOnlyList<InlineKeyboardButton>)
            [new InlineKeyboardButton((subscribed.Contains(t.Slug) ? "✓ " : "") + t.Title) { CallbackData = Prefix + t.Slug }]).ToList());

    /// <summary>The topic slug a button press carries, or null for data that is not a topic button.</summary>
    public static string? SlugOf(string? callbackData) =>
        callbackData is { Length: > 2 } data && data.StartsWith(Prefix, StringComparison.Ordinal) ? data[Prefix.Length..] : null;
}
