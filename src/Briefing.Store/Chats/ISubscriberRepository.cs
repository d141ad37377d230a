using Briefing.News.Digests;
namespace Briefing.Store.Chats;

/// <summary>Subscribers, their topics, filters and delivery settings: what the bot writes and the scheduler reads.</summary>
public interface ISubscriberRepository
{
    /// <summary>Creates the subscriber if it is new; one that had gone inactive and writes again is active again.</summary>
    Task<Subscriber> EnsureAsync(NewSubscriber subscriber, CancellationToken cancellationToken = default);

    /// <summary>The subscriber with its topics and filters, or null when the bot does not know it.</summary>
    Task<Subscriber?> GetAsync(SubscriberKey key, CancellationToken cancellationToken = default);

    /// <summary>Adds a topic; false when it was already subscribed. The subscriber must exist (<see cref="EnsureAsync"/>).</summary>
    Task<bool> SubscribeAsync(SubscriberKey key, string topicSlug, CancellationToken cancellationToken = default);

    /// <summary>Removes a topic and its filter; false when it was not subscribed.</summary>
    Task<bool> UnsubscribeAsync(SubscriberKey key, string topicSlug, CancellationToken cancellationToken = default);

    /// <summary>Removes every topic; returns how many there were.</summary>
    Task<int> UnsubscribeAllAsync(SubscriberKey key, CancellationToken cancellationToken = default);

    /// <summary>Replaces a subscribed topic's filter words; two empty lists clear it. False when the topic is not subscribed.</summary>
    Task<bool> SetFilterAsync(SubscriberKey key, string topicSlug, TopicFilter filter, CancellationToken cancellationToken = default);

    Task SetPausedAsync(SubscriberKey key, bool paused, CancellationToken cancellationToken = default);

    /// <summary>Sets the local delivery time (null: follow the operators' schedules), its zone, and the next due instant.</summary>
    Task SetDeliveryTimeAsync(SubscriberKey key, TimeOnly? deliveryTime, string timeZone, DateTimeOffset? nextDueUtc, CancellationToken cancellationToken = default);

    /// <summary>Sets when the subscriber's own delivery is next due (after one is delivered).</summary>
    Task SetNextDueAsync(SubscriberKey key, DateTimeOffset? nextDueUtc, CancellationToken cancellationToken = default);

    /// <summary>Records a delivered digest: the watermark only moves forward.</summary>
    Task AdvanceWatermarkAsync(SubscriberKey key, long lastArticleId, DateTimeOffset deliveredAt, CancellationToken cancellationToken = default);

    /// <summary>A page of active, unpaused subscribers with topics whose next_due_utc is at or before <paramref name="nowUtc"/>, in key order after <paramref name="after"/>.</summary>
    Task<IReadOnlyList<Subscriber>> ListDueAsync(DateTimeOffset nowUtc, SubscriberKey? after, int limit, CancellationToken cancellationToken = default);

    /// <summary>A page of active subscribers (paused ones included, with IsPaused set) that have topics, in key order after <paramref name="after"/>.</summary>
    Task<IReadOnlyList<Subscriber>> ListActiveAsync(SubscriberKey? after, int limit, CancellationToken cancellationToken = default);

    /// <summary>Deletes the subscriber and everything stored for it (/stop); false when there was nothing.</summary>
    Task<bool> ForgetAsync(SubscriberKey key, CancellationToken cancellationToken = default);

    /// <summary>Marks every subscriber of a chat inactive (the bot was blocked or removed); returns how many.</summary>
    Task<int> MarkUnavailableAsync(long chatId, string reason, CancellationToken cancellationToken = default);

    /// <summary>Moves a group's subscribers, topics and filters to its new supergroup id; returns how many subscribers moved.</summary>
    Task<int> MigrateChatAsync(long oldChatId, long newChatId, CancellationToken cancellationToken = default);

    Task<SubscriberStats> GetStatsAsync(CancellationToken cancellationToken = default);
}
