namespace Briefing.Host.Delivery;

/// <summary>Renders a digest for a selection; the digest assembler in the worker, a fake in tests.</summary>
public interface IDigestSource
{
    Task<RenderedDigest> RenderAsync(DigestSelection selection, CancellationToken cancellationToken = default);
}
