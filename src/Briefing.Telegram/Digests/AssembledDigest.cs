using Briefing.News.Digests;

namespace Briefing.Telegram.Digests;

/// <summary>
/// A digest ready to send: its Telegram HTML messages (none when empty, unless the "nothing new" note is
/// configured), the plain-text form, the highest article id it covered (the subscriber's next watermark),
/// and the composed model behind both.
/// </summary>
public sealed record AssembledDigest(
    IReadOnlyList<string> HtmlMessages,
    string Text,
    long LastArticleId,
    bool IsEmpty,
    Digest Digest);
