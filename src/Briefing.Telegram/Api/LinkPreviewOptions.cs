namespace Briefing.Telegram.Api;

/// <summary>How a sent message previews its links; the bot turns previews off for digests.</summary>
public sealed record LinkPreviewOptions(bool? IsDisabled = null);
