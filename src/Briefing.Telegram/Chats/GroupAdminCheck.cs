using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Requests;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Briefing.Telegram.Chats;

/// <summary>Whether a user administers a group (getChatMember), remembered for a few minutes so a burst of commands costs one call.</summary>
public sealed class GroupAdminCheck(ITelegramBotClient client, TimeProvider time, ILogger<GroupAdminCheck> logger)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<(long ChatId, long UserId), (bool IsAdmin, DateTimeOffset Until)> cache = new();

    /// <summary>Null when <paramref name="user"/> may change the chat's subscriptions (any private chat; a group's administrators), else the reply that says why not.</summary>
    public async Task<string?> RefusalAsync(Chat chat, User? user, CancellationToken cancellationToken = default)
    {
        if (chat.Type == ChatType.Private) return null;
        if (user is null) return "Only this group's administrators can change its subscriptions.";
        return await IsAdministratorAsync(chat.Id, user.Id, cancellationToken) switch
        {
            true => null,
            false => "Only this group's administrators can change its subscriptions.",
            null => "I could not check that you administer this group; please try again in a minute.",
        };
    }

    /// <summary>True or false when Telegram said; null when it could not be asked (the caller refuses the change and says why).</summary>
    public async Task<bool?> IsAdministratorAsync(long chatId, long userId, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        if (cache.TryGetValue((chatId, userId), out var known) && known.Until > now) return known.IsAdmin;
        try
        {
            var member = await client.SendRequest(new GetChatMemberRequest { ChatId = chatId, UserId = userId }, cancellationToken);
            var isAdmin = member.Status is ChatMemberStatus.Creator or ChatMemberStatus.Administrator;
            cache[(chatId, userId)] = (isAdmin, now + CacheFor);
            return isAdmin;
        }
        catch (RequestException ex)
        {
            logger.LogWarning(ex, "Could not check whether user {UserId} administers chat {ChatId}", userId, chatId);
            return null;
        }
    }
}
