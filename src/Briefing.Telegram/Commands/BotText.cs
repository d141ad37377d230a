using System.Globalization;
using System.Net;
using Briefing.News.Topics;

namespace Briefing.Telegram.Commands;

/// <summary>Small pieces of reply HTML shared by the commands.</summary>
public static class BotText
{
    public static string Escape(string text) => WebUtility.HtmlEncode(text);

    public static string Topic(TopicDefinition topic) => $"<b>{Escape(topic.Title)}</b> (<code>{Escape(topic.Slug)}</code>)";

    /// <summary>"Mon 23 Nov 08:00" in the subscriber's zone.</summary>
    public static string LocalTime(DateTimeOffset utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(utc, zone).ToString("ddd d MMM HH:mm", CultureInfo.InvariantCulture);

    public static string UnknownTopic(string input, TopicLookup topics)
    {
        var nearest = topics.Nearest(input);
        var suggestion = nearest is null ? "" : $" Did you mean {Topic(nearest)}?";
        return $"I don't know the topic “{Escape(input)}”.{suggestion} /topics lists them all.";
    }
}
