namespace Briefing.Telegram.Commands;

/// <summary>One command the bot answers: its name, its line in /help and the command menu, and who may use it in groups.</summary>
/// <param name="ChangesSettings">In groups only administrators may run it (it changes the group's subscriptions or delivery).</param>
/// <param name="InMenu">Listed in /help and registered with setMyCommands (false for /admin, which is for operators).</param>
public sealed record BotCommandDefinition(
    string Name,
    string Usage,
    string Description,
    bool ChangesSettings,
    bool InMenu,
    Func<CommandContext, CancellationToken, Task> HandleAsync);
