using System.Text.RegularExpressions;

namespace Briefing.News.Tests.Digests;

/// <summary>Checks a message the way the Bot API's HTML parse mode would: only its tags, balanced, entities escaped; and measures what a reader sees.</summary>
internal static partial class TelegramHtmlValidator
{
    private static readonly HashSet<string> AllowedTags = ["b", "i", "u", "s", "a", "code", "pre", "blockquote"];

    /// <summary>Returns the problems found (none for a valid message).</summary>
    public static IReadOnlyList<string> Problems(string html)
    {
        var problems = new List<string>();
        var open = new Stack<string>();
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '<')
            {
                var close = html.IndexOf('>', i);
                if (close < 0) { problems.Add($"unclosed '<' at {i}"); break; }
                var tag = html[(i + 1)..close];
                var match = Tag().Match(tag);
                if (!match.Success) problems.Add($"malformed tag <{tag}>");
                else
                {
                    var name = match.Groups["name"].Value;
                    if (!AllowedTags.Contains(name)) problems.Add($"tag <{name}> is not accepted by the Bot API");
                    if (match.Groups["end"].Success)
                    {
                        if (open.Count == 0 || open.Pop() != name) problems.Add($"</{name}> closes nothing open");
                    }
                    else
                    {
                        if (name == "a" && !HrefAttribute().IsMatch(match.Groups["attrs"].Value)) problems.Add($"<a> without a quoted href: <{tag}>");
                        if (name != "a" && match.Groups["attrs"].Value.Trim().Length > 0) problems.Add($"<{name}> with attributes");
                        open.Push(name);
                    }
                }
                i = close + 1;
                continue;
            }
            if (c == '>') problems.Add($"bare '>' at {i}");
            if (c == '&' && !Entity().IsMatch(html[i..Math.Min(html.Length, i + 8)])) problems.Add($"bare '&' at {i}");
            i++;
        }
        if (open.Count > 0) problems.Add($"unclosed tags: {string.Join(", ", open)}");
        return problems;
    }

    /// <summary>What the reader sees: tags removed, entities decoded.</summary>
    public static string VisibleText(string html) =>
        Entity().Replace(AnyTag().Replace(html, ""), m => m.Value switch
        {
            "&lt;" => "<",
            "&gt;" => ">",
            "&amp;" => "&",
            "&quot;" => "\"",
            _ => m.Value,
        });

    [GeneratedRegex(@"^(?<end>/)?(?<name>[a-z]+)(?<attrs>(\s+[a-z\-]+=""[^""<>]*"")*)\s*$")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\shref=""https?://[^""<>]+""")]
    private static partial Regex HrefAttribute();

    [GeneratedRegex(@"&(lt|gt|amp|quot);")]
    private static partial Regex Entity();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex AnyTag();
}
