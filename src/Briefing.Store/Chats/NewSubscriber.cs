namespace Briefing.Store.Chats;

/// <summary>What the bot knows of a chat when it first hears from it.</summary>
public sealed record NewSubscriber(SubscriberKey Key, string ChatType, string? Title);
