namespace Briefing.Telegram.Api;

/// <summary>getUpdates: long polling for updates with an id of at least <see cref="Offset"/>.</summary>
public sealed record GetUpdatesRequest() : BotRequest<IReadOnlyList<Update>>("getUpdates")
{
    public long? Offset { get; init; }
    public int? Limit { get; init; }
    /// <summary>Seconds the server may wait for an update before answering with none.</summary>
    public int? Timeout { get; init; }
    public IReadOnlyList<string>? AllowedUpdates { get; init; }

    public override TimeSpan ServerHoldTime => TimeSpan.FromSeconds(Timeout ?? 0);
}
