namespace Briefing.Telegram.Commands;

/// <summary>The words of `/filter topic +word -word`: Keep (+) and Drop (-), lower case; Error says what was wrong.</summary>
public sealed record FilterArguments(IReadOnlyList<string> Keep, IReadOnlyList<string> Drop, string? Error)
{
    public static FilterArguments Parse(IEnumerable<string> words)
    {
        var keep = new List<string>();
        var drop = new List<string>();
        foreach (var word in words)
        {
            var bare = word.Length > 1 ? word[1..].ToLowerInvariant() : "";
            if (word[0] == '+' && bare.Length > 0) keep.Add(bare);
            else if (word[0] is '-' or '−' && bare.Length > 0) drop.Add(bare);
            else return new FilterArguments([], [], $"“{word}” needs a + (keep) or - (drop) in front.");
        }
        if (keep.Count + drop.Count == 0) return new FilterArguments([], [], "Give at least one +word or -word, or clear.");
        return new FilterArguments(keep.Distinct().ToList(), drop.Distinct().ToList(), null);
    }

    /// <summary>The words as the user types them: "+keep -drop".</summary>
    public static string Format(IEnumerable<string> keep, IEnumerable<string> drop) =>
        string.Join(' ', keep.Select(w => "+" + w).Concat(drop.Select(w => "-" + w)));
}
