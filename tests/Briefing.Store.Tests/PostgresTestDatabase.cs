using Briefing.Store.Database;
using Briefing.Store.Tests.Postgres;

namespace Briefing.Store.Tests;

/// <summary>A database of its own, already migrated, on the test process's PostgreSQL server; dropped after the test.</summary>
public sealed class PostgresTestDatabase : TestDatabase
{
    private readonly List<PostgresDatabase> opened = [];

    public PostgresTestDatabase() : this(migrated: true) { }

    public PostgresTestDatabase(bool migrated)
    {
        // Run off the test framework's synchronisation context, whose few threads a blocked constructor would hold.
        (Server, Name) = Task.Run(async () =>
        {
            var server = await PostgresServer.GetAsync();
            return (server, await server.CreateDatabaseAsync(migrated));
        }).GetAwaiter().GetResult();
        ConnectionString = Server.ConnectionString(Name);
        Database = Reopen();
    }

    public PostgresServer Server { get; }
    public string Name { get; }
    public string ConnectionString { get; }
    public override StoreDatabase Database { get; }

    public override StoreDatabase Reopen()
    {
        var database = new PostgresDatabase(ConnectionString);
        lock (opened) opened.Add(database);
        return database;
    }

    public override void Dispose()
    {
        Task.Run(async () =>
        {
            foreach (var database in opened) await database.DisposeAsync();
            await Server.DropDatabaseAsync(Name);
        }).GetAwaiter().GetResult();
    }
}
