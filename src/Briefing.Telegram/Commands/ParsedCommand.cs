namespace Briefing.Telegram.Commands;

/// <summary>A command as typed: its lower-case name, the bot it names (/cmd@Bot) if any, and its arguments.</summary>
public sealed record ParsedCommand(string Name, string? Bot, IReadOnlyList<string> Arguments, string ArgumentText)
{
    /// <summary>True when the command is for the bot named <paramref name="botUsername"/>: it names no bot, or names this one.</summary>
    public bool IsAddressedTo(string? botUsername) =>
        Bot is null || (botUsername is not null && string.Equals(Bot, botUsername, StringComparison.OrdinalIgnoreCase));
}
