namespace Briefing.Telegram.Api;

/// <summary>deleteWebhook: switches the bot back to getUpdates.</summary>
public sealed record DeleteWebhookRequest() : BotRequest<bool>("deleteWebhook")
{
    public bool? DropPendingUpdates { get; init; }
}
