namespace Briefing.News.Digests;

/// <summary>Builds a digest for a request: the digest assembler over the store in the worker, a fake in tests.</summary>
public interface IDigestSource
{
    /// <summary>The digest; throws <see cref="UnknownTopicException"/> or <see cref="UnknownPresetException"/> for names that are not configured.</summary>
    Task<AssembledDigest> AssembleAsync(DigestRequest request, CancellationToken cancellationToken = default);
}
