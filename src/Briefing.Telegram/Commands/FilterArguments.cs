using System.Diagnostics.CodeAnalysis;
using Briefing.News.Digests;

namespace Briefing.Telegram.Commands;

/// <summary>The words of `/filter topic +word -word`: Keep (+) and Drop (-), lower case.</summary>
public static class FilterArguments
{
    /// <summary>The filter the words give, or false with <paramref name="error"/> saying what was wrong.</summary>
    public static bool TryParse(IEnumerable<string> words, [NotNullWhen(true)] out TopicFilter? filter, [NotNullWhen(false)] out string? error)
    {
        var keep = new List<string>();
        var drop = new List<string>();
        filter = null;
        foreach (var word in words)
        {
            var bare = word.Length > 1 ? word[1..].ToLowerInvariant() : "";
            if (word[0] == '+' && bare.Length > 0) keep.Add(bare);
            else if (word[0] is '-' or '−' && bare.Length > 0) drop.Add(bare);
            else
            {
                error = $"“{word}” needs a + (keep) or - (drop) in front.";
                return false;
            }
        }
        if (keep.Count + drop.Count == 0)
        {
            error = "Give at least one +word or -word, or clear.";
            return false;
        }
        filter = new TopicFilter(keep.Distinct().ToList(), drop.Distinct().ToList());
        error = null;
        return true;
    }
}
