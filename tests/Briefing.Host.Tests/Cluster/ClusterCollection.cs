namespace Briefing.Host.Tests.Cluster;

/// <summary>
/// The cluster tests run two child workers and a PostgreSQL server each: they run by themselves, after the others, so
/// that their load does not stretch other tests' timing on a small machine.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ClusterCollection
{
    public const string Name = "cluster";
}
