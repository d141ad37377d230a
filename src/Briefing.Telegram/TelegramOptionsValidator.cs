using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Briefing.Telegram;

/// <summary>Checks the "Telegram" section at start and names every bad setting with how to fix it.</summary>
public sealed partial class TelegramOptionsValidator : IValidateOptions<TelegramOptions>
{
    public ValidateOptionsResult Validate(string? name, TelegramOptions options)
    {
        var failures = new List<string>();

        // The message never quotes the token: it would end up in the start-up log.
        if (options.HasToken && !TokenFormat().IsMatch(options.Token))
            failures.Add("Telegram:Token is not a bot token: expected '<bot id digits>:<secret>' exactly as BotFather gives it (or empty for local mode without a bot).");

        if (!IsHttpUrl(options.ApiBaseUrl))
            failures.Add($"Telegram:ApiBaseUrl '{options.ApiBaseUrl}' is not an absolute http(s) URL: use https://api.telegram.org or the address of a self-hosted Bot API server.");
        else if (new Uri(options.ApiBaseUrl) is { AbsolutePath: not "/" } or { Query.Length: > 0 })
            // Telegram.Bot keeps only the scheme, host and port: a path would be dropped without a word and the calls go elsewhere.
            failures.Add($"Telegram:ApiBaseUrl '{options.ApiBaseUrl}' has a path or query, which the Bot API client ignores: give only scheme, host and port (e.g. http://127.0.0.1:8081) and serve the Bot API at its root.");

        if (options.Mode == TelegramMode.Webhook)
        {
            if (!options.HasToken)
                failures.Add("Telegram:Mode is Webhook but Telegram:Token is empty: set the token (Telegram__Token or user secrets) or use Mode Polling.");
            if (!IsHttpUrl(options.WebhookUrl))
                failures.Add("Telegram:WebhookUrl must be the absolute https URL Telegram posts updates to when Telegram:Mode is Webhook.");
            if (!WebhookSecretFormat().IsMatch(options.WebhookSecret))
                failures.Add("Telegram:WebhookSecret must be 1-256 characters of A-Z, a-z, 0-9, '_' and '-' when Telegram:Mode is Webhook.");
            if (!IsHttpUrl(options.WebhookListenUrl))
                failures.Add($"Telegram:WebhookListenUrl '{options.WebhookListenUrl}' is not an absolute http(s) URL: use e.g. http://127.0.0.1:8081.");
        }

        if (options.Operators.Any(id => id <= 0))
            failures.Add("Telegram:Operators must list Telegram user ids, which are positive numbers.");

        RequirePositive(failures, "GlobalPerSecond", options.GlobalPerSecond, "Telegram allows about 30");
        RequirePositive(failures, "PerChatPerSecond", options.PerChatPerSecond, "Telegram allows 1");
        RequirePositive(failures, "PerGroupPerMinute", options.PerGroupPerMinute, "Telegram allows 20");
        RequirePositive(failures, "RequestTimeoutSeconds", options.RequestTimeoutSeconds, "30 is usual");
        RequirePositive(failures, "RetryBaseDelayMilliseconds", options.RetryBaseDelayMilliseconds, "1000 is usual");
        RequirePositive(failures, "MaxRetryAfterSeconds", options.MaxRetryAfterSeconds, "60 is usual");
        if (options.WebhookMaxConnections is < 1 or > 100)
            failures.Add($"Telegram:WebhookMaxConnections is {options.WebhookMaxConnections}: Telegram accepts 1 to 100 (40 is its default).");
        if (options.MaxParallelChats is < 1 or > 1000)
            failures.Add($"Telegram:MaxParallelChats is {options.MaxParallelChats}: use 1 to 1000 (32 is usual).");
        if (options.PollTimeoutSeconds is < 0 or > 50)
            failures.Add($"Telegram:PollTimeoutSeconds is {options.PollTimeoutSeconds}: use 0 to 50 seconds (25 is usual).");
        if (options.MaxRetries is < 0 or > 20)
            failures.Add($"Telegram:MaxRetries is {options.MaxRetries}: use 0 to 20 (4 is usual).");

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void RequirePositive(List<string> failures, string key, int value, string hint)
    {
        if (value <= 0) failures.Add($"Telegram:{key} is {value}: it must be a positive number ({hint}).");
    }

    private static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    [GeneratedRegex(@"^[0-9]{1,16}:[A-Za-z0-9_-]+$")]
    private static partial Regex TokenFormat();

    [GeneratedRegex(@"^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex WebhookSecretFormat();
}
