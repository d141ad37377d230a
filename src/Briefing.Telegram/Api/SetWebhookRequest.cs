namespace Briefing.Telegram.Api;

/// <summary>setWebhook: asks Telegram to POST updates to <see cref="Url"/> with the secret token header.</summary>
public sealed record SetWebhookRequest(string Url) : BotRequest<bool>("setWebhook")
{
    public string? SecretToken { get; init; }
    public IReadOnlyList<string>? AllowedUpdates { get; init; }
    public bool? DropPendingUpdates { get; init; }
}
