namespace Briefing.Host.Delivery;

/// <summary>Which form of a digest a sender takes: Telegram HTML messages or the plain text.</summary>
public enum DigestFormat
{
    Html,
    PlainText,
}
