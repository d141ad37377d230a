namespace Briefing.Telegram.Api;

/// <summary>One entry of the command menu registered with setMyCommands.</summary>
public sealed record BotCommand(string Command, string Description);
