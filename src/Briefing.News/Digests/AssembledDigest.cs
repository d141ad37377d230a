namespace Briefing.News.Digests;

/// <summary>
/// A digest ready to send: its Telegram HTML messages (none when empty, unless the "nothing new" note is
/// configured), the plain-text form, the highest article id it covered (the subscriber's next watermark),
/// and the composed model behind both.
/// </summary>
public sealed record AssembledDigest(
    IReadOnlyList<string> HtmlMessages,
    string Text,
    long LastArticleId,
    Digest Digest)
{
    /// <summary>Nothing new on any topic.</summary>
    public bool IsEmpty => Digest.IsEmpty;

    /// <summary>Something to deliver: the digest, or the "nothing new" note when that is configured.</summary>
    public bool HasMessages => HtmlMessages.Count > 0;
}
