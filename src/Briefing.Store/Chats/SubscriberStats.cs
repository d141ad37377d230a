namespace Briefing.Store.Chats;

/// <summary>Counts operators see in /admin stats.</summary>
public sealed record SubscriberStats(int Subscribers, int Active, int Paused, int Inactive);
