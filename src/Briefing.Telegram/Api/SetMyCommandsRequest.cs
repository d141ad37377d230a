namespace Briefing.Telegram.Api;

/// <summary>setMyCommands: the command menu clients show.</summary>
public sealed record SetMyCommandsRequest(IReadOnlyList<BotCommand> Commands) : BotRequest<bool>("setMyCommands");
