namespace Briefing.Telegram.Commands;

/// <summary>Splits a message text into a command and its arguments.</summary>
public static class CommandParser
{
    /// <summary>The command in <paramref name="text"/>, or null when the text is not a command.</summary>
    public static ParsedCommand? Parse(string? text)
    {
        if (text is null) return null;
        var trimmed = text.Trim();
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
}
