using Telegram.Bot.Types.ReplyMarkups;

namespace Briefing.Telegram.Sending;

/// <summary>The one way out for every message: rate-limited, retried where that helps, with chat state kept up to date.</summary>
public interface IMessageSender
{
    /// <summary>Sends a message; never throws for Bot API or network failures, only on cancellation.</summary>
    Task<SendResult> SendAsync(OutgoingMessage message, CancellationToken cancellationToken = default);

    /// <summary>Replaces the text and buttons of a message the bot sent earlier, under the same limits and retries.</summary>
    Task<SendResult> EditAsync(long chatId, int messageId, string html, InlineKeyboardMarkup? replyMarkup = null, CancellationToken cancellationToken = default);
}
