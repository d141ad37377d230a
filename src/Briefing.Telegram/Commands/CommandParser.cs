namespace Briefing.Telegram.Commands;

/// <summary>Splits a message text into a command and its arguments, zero-width characters left out.</summary>
public static class CommandParser
{
    /// <summary>The command in <paramref name="text"/>, or null when the text is not a command.</summary>
    public static ParsedCommand? Parse(string? text)
    {
        if (text is null) return null;
        var trimmed = WithoutInvisibles(text).Trim();
        if (trimmed.Length < 2 || trimmed[0] != '/') return null;
        var end = 0;
        while (end < trimmed.Length && !char.IsWhiteSpace(trimmed[end])) end++;
        var head = trimmed[1..end];
        var at = head.IndexOf('@');
        var name = at < 0 ? head : head[..at];
        var bot = at < 0 ? null : head[(at + 1)..];
        if (name.Length == 0 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')) return null;
        var argumentText = trimmed[end..].Trim();
        var arguments = argumentText.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return new ParsedCommand(name.ToLowerInvariant(), bot is { Length: > 0 } ? bot : null, arguments, argumentText);
    }

    // Zero-width characters arrive from copied text and some keyboards; nobody means them ("vic\u200btory-plan" is
    // victory-plan, "Europe/\u2060Kyiv" is Europe/Kyiv), and unseen they make an argument unrecognisable.
    private static string WithoutInvisibles(string text) =>
        text.AsSpan().IndexOfAny(Invisibles) < 0 ? text : string.Concat(text.Where(c => !Invisibles.Contains(c)));

    // Zero width space, non-joiner and joiner, word joiner, the byte order mark, soft hyphen, left-to-right and right-to-left marks.
    private static readonly System.Buffers.SearchValues<char> Invisibles = System.Buffers.SearchValues.Create("\u200B\u200C\u200D\u2060\uFEFF\u00AD\u200E\u200F");
}
