namespace Briefing.Host.Delivery;

/// <summary>A digest ready to send: Telegram HTML messages, the plain-text form, and the newest article it covers.</summary>
public sealed record RenderedDigest(IReadOnlyList<string> HtmlMessages, string Text, long LastArticleId)
{
    public bool IsEmpty => HtmlMessages.Count == 0;
}
