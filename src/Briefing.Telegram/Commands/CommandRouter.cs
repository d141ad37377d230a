using Briefing.Telegram.Chats;
using Briefing.Telegram.Sending;
using Microsoft.Extensions.Options;
using Telegram.Bot.Types;

namespace Briefing.Telegram.Commands;

/// <summary>Runs the handler of a command after the checks every command shares: operators for /admin, administrators for group settings.</summary>
public sealed class CommandRouter
{
    private readonly IMessageSender sender;
    private readonly GroupAdminCheck adminCheck;
    private readonly IOptions<TelegramOptions> options;

    public CommandRouter(
        SubscriptionCommands subscriptions, DeliveryCommands delivery, ReadingCommands reading, AdminCommands admin,
        IMessageSender sender, GroupAdminCheck adminCheck, IOptions<TelegramOptions> options)
    {
        this.sender = sender;
        this.adminCheck = adminCheck;
        this.options = options;
        Commands =
        [
            new("start", "/start", "welcome and topic buttons", false, true, subscriptions.StartAsync),
            new("help", "/help", "what I can do", false, true, HelpAsync),
            new("topics", "/topics", "the topics you can follow", false, true, subscriptions.TopicsAsync),
            new("subscribe", "/subscribe <topic>", "follow a topic", true, true, subscriptions.SubscribeAsync),
            new("unsubscribe", "/unsubscribe <topic|all>", "stop following a topic", true, true, subscriptions.UnsubscribeAsync),
            new("subscriptions", "/subscriptions", "your topics, filters and delivery time", false, true, subscriptions.SubscriptionsAsync),
            new("digest", "/digest [topic]", "what is new since your last digest", false, true, reading.DigestAsync),
            new("latest", "/latest [n]", "the newest articles of your topics", false, true, reading.LatestAsync),
            new("search", "/search <query>", "search the articles", false, true, reading.SearchAsync),
            new("time", "/time HH:MM", "the hour of your daily digest", true, true, delivery.TimeAsync),
            new("timezone", "/timezone <zone>", "your time zone, e.g. Europe/Kyiv", true, true, delivery.TimeZoneAsync),
            new("filter", "/filter <topic> +word -word", "keep articles with every +word, drop any with a -word", true, true, subscriptions.FilterAsync),
            new("pause", "/pause", "stop digests for now", true, true, delivery.PauseAsync),
            new("resume", "/resume", "get digests again", true, true, delivery.ResumeAsync),
            new("stop", "/stop", "unsubscribe and forget this chat", true, true, delivery.StopAsync),
            new("admin", "/admin stats", "operators only", false, false, admin.AdminAsync),
        ];
    }

    public IReadOnlyList<BotCommandDefinition> Commands { get; }

    /// <summary>The command menu for setMyCommands.</summary>
    public IReadOnlyList<BotCommand> Menu => Commands.Where(c => c.InMenu).Select(c => new BotCommand(c.Name, c.Description)).ToList();

    public async Task HandleAsync(Message message, ParsedCommand command, CancellationToken cancellationToken = default)
    {
        var context = new CommandContext(message, command, sender);
        var definition = Commands.FirstOrDefault(c => c.Name == command.Name);
        // To anyone but an operator /admin does not exist.
        if (definition is null || (definition.Name == "admin" && !IsOperator(message.From)))
        {
            await context.ReplyAsync($"I don't know /{BotText.Escape(command.Name)}. /help lists what I can do.", cancellationToken: cancellationToken);
            return;
        }
        if (definition.ChangesSettings && await adminCheck.RefusalAsync(message.Chat, message.From, cancellationToken) is { } refusal)
        {
            await context.ReplyAsync(refusal, cancellationToken: cancellationToken);
            return;
        }
        await definition.HandleAsync(context, cancellationToken);
    }

    private bool IsOperator(User? user) => user is not null && options.Value.Operators.Contains(user.Id);

    private Task HelpAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var lines = Commands.Where(c => c.InMenu).Select(c => $"{BotText.Escape(c.Usage)}: {BotText.Escape(c.Description)}");
        var groups = context.IsPrivate ? "" : "\n\nIn groups only administrators change the subscriptions.";
        return context.ReplyAsync("<b>Briefing</b> sends digests of the news on the topics you follow.\n\n" + string.Join("\n", lines) + groups, cancellationToken: cancellationToken);
    }
}
