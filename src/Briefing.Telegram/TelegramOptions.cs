namespace Briefing.Telegram;

/// <summary>The "Telegram" config section: bot token, where the Bot API is, how updates arrive, and the sending limits.</summary>
public sealed class TelegramOptions
{
    public const string Section = "Telegram";

    /// <summary>The BotFather token ("123456:ABC..."); empty means local mode with no bot. Keep it in user secrets or Telegram__Token, never in the repo.</summary>
    public string Token { get; set; } = "";

    /// <summary>The public Bot API, or a self-hosted Bot API server or emulator.</summary>
    public string ApiBaseUrl { get; set; } = "https://api.telegram.org";

    public TelegramMode Mode { get; set; } = TelegramMode.Polling;

    /// <summary>Webhook mode: the public HTTPS address Telegram POSTs updates to.</summary>
    public string WebhookUrl { get; set; } = "";

    /// <summary>Webhook mode: the X-Telegram-Bot-Api-Secret-Token value (1-256 of A-Z, a-z, 0-9, _ and -).</summary>
    public string WebhookSecret { get; set; } = "";

    /// <summary>Webhook mode: where the local endpoint listens (a reverse proxy forwards to it).</summary>
    public string WebhookListenUrl { get; set; } = "http://127.0.0.1:8081";

    /// <summary>Webhook mode: max_connections given to setWebhook, how many deliveries Telegram makes at once (1-100; Telegram's default is 40).</summary>
    public int WebhookMaxConnections { get; set; } = 40;

    /// <summary>How many chats' updates are handled at the same time; each chat's own updates go one after another.</summary>
    public int MaxParallelChats { get; set; } = 32;

    /// <summary>User ids allowed to use /admin.</summary>
    public long[] Operators { get; set; } = [];

    /// <summary>Messages a second over all chats (Telegram's limit is about 30).</summary>
    public int GlobalPerSecond { get; set; } = 30;

    /// <summary>Messages a second to one private chat.</summary>
    public int PerChatPerSecond { get; set; } = 1;

    /// <summary>Messages a minute to one group, supergroup or channel.</summary>
    public int PerGroupPerMinute { get; set; } = 20;

    /// <summary>Seconds a getUpdates call waits on the server for updates.</summary>
    public int PollTimeoutSeconds { get; set; } = 25;

    /// <summary>Seconds any call may take to answer, on top of the poll timeout for getUpdates.</summary>
    public int RequestTimeoutSeconds { get; set; } = 30;

    /// <summary>Retries of one message after 429, 5xx answers, timeouts and network errors, before it is reported failed.</summary>
    public int MaxRetries { get; set; } = 4;

    /// <summary>First backoff delay for 5xx and network errors; it doubles with each retry, with jitter.</summary>
    public int RetryBaseDelayMilliseconds { get; set; } = 1000;

    /// <summary>The longest 429 retry_after the sender waits out; a longer one fails the message as retryable, for the caller to send later.</summary>
    public int MaxRetryAfterSeconds { get; set; } = 60;

    /// <summary>Local mode: no token, so nothing talks to Telegram.</summary>
    public bool HasToken => Token.Length > 0;

    internal TimeSpan RequestTimeout => TimeSpan.FromSeconds(RequestTimeoutSeconds);
}
