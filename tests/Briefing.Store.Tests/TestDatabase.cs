using Briefing.Store.Database;

namespace Briefing.Store.Tests;

/// <summary>
/// One test's own database on one provider, removed after the test. Repository tests are written once against this
/// and run once per provider (<see cref="SqliteTestDatabase"/>, <see cref="PostgresTestDatabase"/>).
/// </summary>
public abstract class TestDatabase : IDisposable
{
    public abstract StoreDatabase Database { get; }

    /// <summary>A second, independent instance over the same database: what another process or a restart would open.</summary>
    public abstract StoreDatabase Reopen();

    public abstract void Dispose();
}
