using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Requests;
using Telegram.Bot.Requests.Abstractions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace Briefing.Telegram.Sending;

/// <summary>
/// Sends every outgoing message: paced by <see cref="ChatRateLimiter"/>; 429 waits retry_after and retries; 5xx, timeouts
/// and network errors retry with exponential backoff and jitter, a bounded number of times; closed chats are marked
/// unavailable and upgraded groups migrated (the message follows to the new id). Failures come back as a <see cref="SendResult"/>.
/// </summary>
public sealed class MessageSender : IMessageSender
{
    private static readonly ResiliencePropertyKey<Delivery> DeliveryKey = new("Briefing.Telegram.Delivery");
    private static readonly LinkPreviewOptions DisabledPreview = new() { IsDisabled = true };

    private readonly ITelegramBotClient _client;
    private readonly IChatLifecycle _chats;
    private readonly ILogger<MessageSender> _logger;
    private readonly ChatRateLimiter _limiter;
    private readonly TimeSpan _maxRetryAfter;
    private readonly ResiliencePipeline _retry;

    public MessageSender(ITelegramBotClient client, IChatLifecycle chats, IOptions<TelegramOptions> options, TimeProvider time, ILogger<MessageSender> logger)
    {
        _client = client;
        _chats = chats;
        _logger = logger;
        var settings = options.Value;
        _limiter = new ChatRateLimiter(settings, time);
        _maxRetryAfter = TimeSpan.FromSeconds(settings.MaxRetryAfterSeconds);
        _retry = settings.MaxRetries == 0 ? ResiliencePipeline.Empty : RetryPipeline(settings, time);
    }

    private ResiliencePipeline RetryPipeline(TelegramOptions settings, TimeProvider time) =>
        new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } error && BotApiErrors.IsTransient(error, _maxRetryAfter)),
                MaxRetryAttempts = settings.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(settings.RetryBaseDelayMilliseconds),
                MaxDelay = TimeSpan.FromSeconds(Math.Max(30, settings.MaxRetryAfterSeconds)),
                // Telegram says how long a flood wait lasts; everything else takes the exponential backoff.
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Exception is ApiRequestException { ErrorCode: 429 } tooMany ? BotApiErrors.RetryAfter(tooMany) : (TimeSpan?)null),
                OnRetry = args =>
                {
                    var delivery = args.Context.Properties.GetValue(DeliveryKey, null!);
                    _logger.LogWarning(args.Outcome.Exception, "Bot API {Method} to chat {ChatId} failed on attempt {Attempt}; retrying in {RetryDelay}",
                        delivery.Request.MethodName, delivery.ChatId, delivery.Attempts, args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();

    public Task<SendResult> SendAsync(OutgoingMessage message, CancellationToken cancellationToken = default) =>
        DeliverAsync(message.ChatId, chatId => new SendMessageRequest
        {
            ChatId = chatId,
            Text = message.Html,
            ParseMode = ParseMode.Html,
            MessageThreadId = message.MessageThreadId,
            ReplyMarkup = message.ReplyMarkup,
            LinkPreviewOptions = message.DisableLinkPreview ? DisabledPreview : null,
        }, followsMigration: true, cancellationToken);

    public Task<SendResult> EditAsync(long chatId, int messageId, string html, InlineKeyboardMarkup? replyMarkup = null, CancellationToken cancellationToken = default) =>
        // An edited message stays in the old group: after a migration there is nothing to edit at the new id.
        DeliverAsync(chatId, id => new EditMessageTextRequest
        {
            ChatId = id,
            MessageId = messageId,
            Text = html,
            ParseMode = ParseMode.Html,
            ReplyMarkup = replyMarkup,
            LinkPreviewOptions = DisabledPreview,
        }, followsMigration: false, cancellationToken);

    private async Task<SendResult> DeliverAsync(long chatId, Func<long, IRequest<Message>> requestTo, bool followsMigration, CancellationToken cancellationToken)
    {
        var attempts = 0;
        var migrated = false;
        while (true)
        {
            var delivery = new Delivery(this, chatId, requestTo(chatId)) { Attempts = attempts };
            var context = ResilienceContextPool.Shared.Get(cancellationToken);
            context.Properties.Set(DeliveryKey, delivery);
            try
            {
                var sent = await _retry.ExecuteAsync(static (context, delivery) => delivery.Sender.AttemptAsync(delivery, context.CancellationToken), context, delivery)
                    .ConfigureAwait(false);
                return new SendResult.Sent(sent.Chat.Id, sent.MessageId, delivery.Attempts);
            }
            catch (ApiRequestException error) when (error.Parameters?.MigrateToChatId is { } newChatId && !migrated)
            {
                _logger.LogInformation("Chat {ChatId} was upgraded to supergroup {NewChatId}", chatId, newChatId);
                await _chats.MigrateAsync(chatId, newChatId, cancellationToken).ConfigureAwait(false);
                if (!followsMigration) return Failed(error, delivery.Attempts);
                chatId = newChatId;
                attempts = delivery.Attempts;
                migrated = true;
            }
            catch (ApiRequestException error) when (BotApiErrors.MeansChatUnavailable(error))
            {
                _logger.LogInformation("Chat {ChatId} is unavailable: {ErrorCode} {Reason}", chatId, error.ErrorCode, error.Message);
                await _chats.MarkUnavailableAsync(chatId, error.Message, cancellationToken).ConfigureAwait(false);
                return new SendResult.ChatUnavailable(chatId, error.ErrorCode, error.Message);
            }
            catch (ApiRequestException error)
            {
                _logger.LogWarning(error, "Bot API {Method} to chat {ChatId} failed after {Attempts} attempts", delivery.Request.MethodName, chatId, delivery.Attempts);
                return Failed(error, delivery.Attempts);
            }
            catch (RequestException error) when (BotApiErrors.WasAccepted(error))
            {
                // Telegram took the message; sending it again would show it twice. Its id is unknown.
                _logger.LogWarning(error, "Bot API {Method} to chat {ChatId} was accepted but its answer could not be read; not sending it again",
                    delivery.Request.MethodName, chatId);
                return new SendResult.Sent(chatId, SendResult.UnknownMessageId, delivery.Attempts);
            }
            catch (RequestException error)
            {
                _logger.LogWarning(error, "Bot API {Method} to chat {ChatId} failed after {Attempts} attempts", delivery.Request.MethodName, chatId, delivery.Attempts);
                return new SendResult.Failed(null, error.Message, Retryable: true, delivery.Attempts);
            }
            finally
            {
                ResilienceContextPool.Shared.Return(context);
            }
        }
    }

    private static SendResult.Failed Failed(ApiRequestException error, int attempts) =>
        new(error.ErrorCode, error.Message, Retryable: error.ErrorCode is 429 or >= 500, attempts);

    private async ValueTask<Message> AttemptAsync(Delivery delivery, CancellationToken cancellationToken)
    {
        // The slot is given back when the answer is in: until then the send counts against the limits as in flight.
        using var slot = await _limiter.WaitAsync(delivery.ChatId, cancellationToken).ConfigureAwait(false);
        delivery.Attempts++;
        try
        {
            return await _client.SendRequest(delivery.Request, cancellationToken).ConfigureAwait(false);
        }
        catch (ApiRequestException error) when (error.ErrorCode == 429)
        {
            _limiter.Hold(delivery.ChatId, Min(BotApiErrors.RetryAfter(error), _maxRetryAfter));
            throw;
        }
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    /// <summary>One message on its way to one chat id, counting the calls made for it.</summary>
    private sealed class Delivery(MessageSender sender, long chatId, IRequest<Message> request)
    {
        public MessageSender Sender { get; } = sender;
        public long ChatId { get; } = chatId;
        public IRequest<Message> Request { get; } = request;
        public int Attempts { get; set; }
    }
}
